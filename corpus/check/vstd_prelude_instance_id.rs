//@ no-verify
// `InstanceId` is one of vstd's `tokens` items that `vstd::prelude` re-exports: found through
// `use vstd::prelude::*`, not without it.
use vstd::prelude::*;

verus! {

pub open spec fn same_instance(a: InstanceId, b: InstanceId) -> bool {
    a == b
}

mod without_prelude {
    pub open spec fn f(a: InstanceId) -> bool { //~ ERROR cannot find type `InstanceId` in this scope
        true
    }
}

} // verus!
