//@ no-verify
use vstd::prelude::*;

verus! {

// vstd's finite Set and possibly infinite ISet are different types
proof fn iset_as_set(s: ISet<int>) {
    let t: Set<int> = s; //~ ERROR mismatched types
}

proof fn set_as_iset(s: Set<int>) {
    let t: ISet<int> = s; //~ ERROR mismatched types
}

// `Set::new` and `Set::full` give an Option (Some only of a finite set)
proof fn set_new_is_option() {
    let t: Set<int> = Set::new(|x: int| x > 0); //~ ERROR mismatched types
}

// `Map::new` takes its domain as a Set, `IMap::new` as a predicate
proof fn map_new_takes_set() {
    let m = Map::new(|k: int| k > 0, |k: int| k); //~ ERROR mismatched types
}

proof fn ok_conversions(s: Set<int>, i: ISet<int>) {
    let a: ISet<int> = s.to_iset();
    let b: Option<Set<int>> = i.to_set();
    let c: IMap<int, int> = Map::<int, int>::empty().to_imap();
}

} // verus!
