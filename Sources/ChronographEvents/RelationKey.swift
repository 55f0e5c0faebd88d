import ChronographCore

/// What makes a relation the same as another in a graph (its ends and type): the graph keeps one
/// relation per key. The ids are short strings held inline, so a set of keys allocates nothing per
/// relation, where a key joined into one string ("e12|e345|before") did, for each of a large store's
/// hundreds of thousands of relations.
struct RelationKey: Hashable {
    var from: String
    var to: String
    var type: RelationType
}
