//! Clusters of claim indices as two flat arrays.
//!
//! An archive-scale check has hundreds of thousands of clusters, most of one or two
//! claims. As a `Vec<Vec<usize>>` each costs a vector header and a heap allocation; here
//! all members sit in one `u32` array and each cluster is a range of it, about a tenth of
//! the memory.

/// Clusters of store indices: each cluster's members ascending, clusters in order of
/// their first member.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clusters {
    /// Where cluster `n` starts in `members`; one more entry than there are clusters.
    offsets: Vec<u32>,
    members: Vec<u32>,
}

impl Clusters {
    /// How many clusters there are.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// True when there is no cluster.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The members of cluster `n`.
    pub fn get(&self, n: usize) -> Option<&[u32]> {
        let (&from, &to) = (self.offsets.get(n)?, self.offsets.get(n + 1)?);
        self.members.get(from as usize..to as usize)
    }

    /// Every cluster's members, in order.
    pub fn iter(&self) -> impl Iterator<Item = &[u32]> {
        self.offsets.windows(2).filter_map(|w| self.members.get(w[0] as usize..w[1] as usize))
    }

    /// The clusters of `nested`, consumed one at a time so the two forms are barely ever
    /// both in memory. Indices must fit `u32` (a store's do: it counts its rows in `u32`).
    pub fn from_nested(nested: Vec<Vec<usize>>) -> Clusters {
        let total = nested.iter().map(Vec::len).sum();
        let mut out = Clusters { offsets: Vec::with_capacity(nested.len() + 1), members: Vec::with_capacity(total) };
        out.offsets.push(0);
        for c in nested {
            out.members.extend(c.into_iter().map(|i| u32::try_from(i).unwrap_or(u32::MAX)));
            out.offsets.push(u32::try_from(out.members.len()).unwrap_or(u32::MAX));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_clusters_give_back_each_nested_cluster() {
        let nested = vec![vec![0, 2, 5], vec![1], vec![], vec![3, 4]];
        let flat = Clusters::from_nested(nested.clone());
        assert_eq!(flat.len(), 4);
        assert!(!flat.is_empty() && Clusters::default().is_empty() && Clusters::from_nested(Vec::new()).is_empty());
        let back: Vec<Vec<usize>> = flat.iter().map(|c| c.iter().map(|&i| i as usize).collect()).collect();
        assert_eq!(back, nested);
        assert_eq!(flat.get(3), Some(&[3u32, 4][..]));
        assert_eq!(flat.get(2), Some(&[][..]));
        assert_eq!(flat.get(4), None);
    }
}
