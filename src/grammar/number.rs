//! Numbers in digits (French and English separators) and in words.
