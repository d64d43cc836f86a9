// RMPADJUST: a VMPL changes the permissions a numerically higher VMPL holds on one of the
// guest's pages, never beyond its own; only VMPL0 may set or clear the VMSA bit.
use vstd::prelude::*;
use crate::hw::rmp::*;
use crate::hw::machine::*;

verus! {

pub const RMPADJUST_SUCCESS: u64 = 0;
pub const RMPADJUST_FAIL_INPUT: u64 = 1;
pub const RMPADJUST_FAIL_PERMISSION: u64 = 2;
pub const RMPADJUST_FAIL_SIZEMISMATCH: u64 = 6;

/// The permissions a VMPL holds on a page: VMPL0 holds all of them.
pub open spec fn caller_perms(e: RmpEntry, caller: u8) -> Perms {
    if caller == 0 {
        Perms { read: true, write: true, exec_user: true, exec_super: true }
    } else {
        e.perms(caller)
    }
}

/// Property 2 (RMPADJUST rights): the target is a numerically higher VMPL, the new mask
/// is within the caller's own, and only VMPL0 touches the VMSA bit.
pub open spec fn rmpadjust_allowed(e: RmpEntry, caller: u8, target: u8, p: Perms, vmsa: bool) -> bool {
    &&& caller < target <= MAX_VMPL
    &&& p.subset_of(caller_perms(e, caller))
    &&& (caller != 0 ==> vmsa == e.vmsa)
}

/// The effect of a successful RMPADJUST on the entry backing `gfn`.
pub open spec fn rmpadjust_effect(
    pre: &Machine,
    post: &Machine,
    gfn: int,
    target: u8,
    p: Perms,
    vmsa: bool,
) -> bool {
    &&& rmp_frame(pre.rmp@, post.rmp@, pre.spa_of(gfn))
    &&& post.rmp@[pre.spa_of(gfn)].adjusted_from(pre.rmp@[pre.spa_of(gfn)], target, p, vmsa)
}

impl Machine {
    /// Property 2 (RMPADJUST contract).
    pub fn rmpadjust(
        &mut self,
        caller: u8,
        gfn: usize,
        huge: bool,
        target: u8,
        p: Perms,
        vmsa: bool,
    ) -> (rc: u64)
        requires
            old(self).wf(),
            gfn < NUM_GFNS,
            caller <= MAX_VMPL,
        ensures
            self.wf(),
            self.only_rmp_changed(old(self)),
            rc != RMPADJUST_SUCCESS ==> self.rmp@ == old(self).rmp@,
            // The instruction succeeds whenever its checks pass.
            ({
                &&& old(self).backs(gfn as int)
                &&& old(self).rmp@[old(self).spa_of(gfn as int)].validated
                &&& old(self).rmp@[old(self).spa_of(gfn as int)].huge == huge
                &&& p.wf()
                &&& rmpadjust_allowed(
                    old(self).rmp@[old(self).spa_of(gfn as int)],
                    caller,
                    target,
                    p,
                    vmsa,
                )
            }) ==> rc == RMPADJUST_SUCCESS,
            rc == RMPADJUST_SUCCESS ==> {
                &&& old(self).backs(gfn as int)
                &&& old(self).rmp@[old(self).spa_of(gfn as int)].validated
                &&& old(self).rmp@[old(self).spa_of(gfn as int)].huge == huge
                &&& p.wf()
                &&& rmpadjust_allowed(
                    old(self).rmp@[old(self).spa_of(gfn as int)],
                    caller,
                    target,
                    p,
                    vmsa,
                )
                &&& rmpadjust_effect(old(self), self, gfn as int, target, p, vmsa)
            },
    {
        if target <= caller || target > MAX_VMPL {
            return RMPADJUST_FAIL_PERMISSION;
        }
        if !p.is_wf_exec() {
            // Write without read.
            return RMPADJUST_FAIL_INPUT;
        }
        let spa = match self.guest_spa(gfn) {
            Some(s) => s,
            None => {
                return RMPADJUST_FAIL_INPUT;
            },
        };
        let e = self.rmp_entry(spa);
        if !e.validated {
            return RMPADJUST_FAIL_INPUT;
        }
        if e.huge != huge {
            return RMPADJUST_FAIL_SIZEMISMATCH;
        }
        if caller != 0 {
            let mine = e.get_perms(caller);
            if !p.is_subset_of(&mine) || vmsa != e.vmsa {
                return RMPADJUST_FAIL_PERMISSION;
            }
        }
        let n = e.with_perms(target, p, vmsa);
        self.set_rmp_entry(spa, n);
        RMPADJUST_SUCCESS
    }
}

/// A successful adjustment by VMPL`caller` > 0 never gives the target more than the caller
/// has: with no rights on a page, a lower VMPL can grant nothing on it.
pub proof fn lemma_adjust_by_powerless_caller(e: RmpEntry, caller: u8, target: u8, p: Perms, vmsa: bool)
    requires
        1 <= caller,
        rmpadjust_allowed(e, caller, target, p, vmsa),
        e.perms(caller).is_none(),
    ensures
        p.is_none(),
{
}

} // verus!
