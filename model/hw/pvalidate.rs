// PVALIDATE: the guest's VMPL0 software sets or clears the `validated` bit of the RMP
// entry backing one of its guest pages.
use vstd::prelude::*;
use crate::hw::rmp::*;
use crate::hw::machine::*;

verus! {

pub const PVALIDATE_SUCCESS: u64 = 0;
pub const PVALIDATE_FAIL_INPUT: u64 = 1;
pub const PVALIDATE_FAIL_SIZEMISMATCH: u64 = 6;
/// The instruction succeeded but found the page already in the requested state
/// (hardware: rax = 0 with the carry flag set). Kept as its own code in the emulation.
pub const PVALIDATE_UNCHANGED: u64 = 0x100;

/// What PVALIDATE checks before it changes anything.
pub open spec fn pvalidate_input_ok(m: &Machine, vmpl: u8, gfn: int) -> bool {
    vmpl == 0 && m.backs(gfn)
}

/// The effect of a successful PVALIDATE of `gfn`: the backing entry's `validated` flips
/// to `validate`; nothing else in the RMP changes.
pub open spec fn pvalidate_effect(pre: &Machine, post: &Machine, gfn: int, validate: bool) -> bool {
    &&& pre.rmp@[pre.spa_of(gfn)].validated != validate
    &&& rmp_frame(pre.rmp@, post.rmp@, pre.spa_of(gfn))
    &&& post.rmp@[pre.spa_of(gfn)].same_except_validated(pre.rmp@[pre.spa_of(gfn)])
    &&& post.rmp@[pre.spa_of(gfn)].validated == validate
}

impl Machine {
    /// Property 2 (PVALIDATE contract): only `validated` of the entry backing `gfn` changes,
    /// only on success, and only at VMPL0; the size must match the entry.
    pub fn pvalidate(&mut self, vmpl: u8, gfn: usize, huge: bool, validate: bool) -> (rc: u64)
        requires
            old(self).wf(),
            gfn < NUM_GFNS,
        ensures
            self.wf(),
            self.only_rmp_changed(old(self)),
            rc == PVALIDATE_SUCCESS || rc == PVALIDATE_FAIL_INPUT || rc
                == PVALIDATE_FAIL_SIZEMISMATCH || rc == PVALIDATE_UNCHANGED,
            rc != PVALIDATE_SUCCESS ==> self.rmp@ == old(self).rmp@,
            rc == PVALIDATE_FAIL_INPUT <==> !pvalidate_input_ok(old(self), vmpl, gfn as int),
            rc == PVALIDATE_SUCCESS || rc == PVALIDATE_UNCHANGED ==> {
                &&& pvalidate_input_ok(old(self), vmpl, gfn as int)
                &&& old(self).rmp@[old(self).spa_of(gfn as int)].huge == huge
            },
            // The instruction succeeds whenever its checks pass and the state changes.
            pvalidate_input_ok(old(self), vmpl, gfn as int) && old(self).rmp@[old(self).spa_of(
                gfn as int,
            )].huge == huge && old(self).rmp@[old(self).spa_of(gfn as int)].validated != validate
                ==> rc == PVALIDATE_SUCCESS,
            rc == PVALIDATE_UNCHANGED ==> old(self).rmp@[old(self).spa_of(gfn as int)].validated
                == validate,
            rc == PVALIDATE_SUCCESS ==> pvalidate_effect(old(self), self, gfn as int, validate),
    {
        if vmpl != 0 {
            return PVALIDATE_FAIL_INPUT;
        }
        let spa = match self.guest_spa(gfn) {
            Some(s) => s,
            None => {
                return PVALIDATE_FAIL_INPUT;
            },
        };
        let e = self.rmp_entry(spa);
        if e.huge != huge {
            return PVALIDATE_FAIL_SIZEMISMATCH;
        }
        if e.validated == validate {
            return PVALIDATE_UNCHANGED;
        }
        let n = e.with_validated(validate);
        // validated ==> assigned holds: the entry is assigned to the guest at `gfn`.
        self.set_rmp_entry(spa, n);
        PVALIDATE_SUCCESS
    }
}

} // verus!
