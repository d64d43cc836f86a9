// The core protocol handlers: REMAP_CA (0), PVALIDATE (1), CREATE_VCPU (2),
// DELETE_VCPU (3), QUERY_PROTOCOL (6), with the page operations they are built from.
use vstd::prelude::*;
use crate::hw::rmp::*;
use crate::hw::machine::*;
use crate::hw::pvalidate::*;
use crate::hw::rmpadjust::*;
use crate::hw::access::*;
use crate::svsm::addr::*;
use crate::svsm::mem::*;
use crate::svsm::lock::*;
use crate::svsm::vcpu::*;
use crate::svsm::state::*;
use crate::svsm::props::*;

verus! {

// Call numbers of the core protocol.
pub const SVSM_CORE_REMAP_CA: u64 = 0;
pub const SVSM_CORE_PVALIDATE: u64 = 1;
pub const SVSM_CORE_CREATE_VCPU: u64 = 2;
pub const SVSM_CORE_DELETE_VCPU: u64 = 3;
pub const SVSM_CORE_QUERY_PROTOCOL: u64 = 6;

// Result codes.
pub const SVSM_SUCCESS: u64 = 0;
pub const SVSM_ERR_INCOMPLETE: u64 = 0x8000_0000;
pub const SVSM_ERR_UNSUPPORTED_PROTOCOL: u64 = 0x8000_0001;
pub const SVSM_ERR_UNSUPPORTED_CALL: u64 = 0x8000_0002;
pub const SVSM_ERR_INVALID_ADDRESS: u64 = 0x8000_0003;
pub const SVSM_ERR_INVALID_FORMAT: u64 = 0x8000_0004;
pub const SVSM_ERR_INVALID_PARAMETER: u64 = 0x8000_0005;
pub const SVSM_ERR_INVALID_REQUEST: u64 = 0x8000_0006;
pub const SVSM_ERR_BUSY: u64 = 0x8000_0007;
pub const SVSM_ERR_PVALIDATE_FAIL_INPUT: u64 = 0x8000_1001;
pub const SVSM_ERR_PVALIDATE_FAIL_SIZEMISMATCH: u64 = 0x8000_1006;
pub const SVSM_ERR_PVALIDATE_FAIL_UNCHANGED: u64 = 0x8000_1010;

/// The one version of the core protocol this module speaks.
pub const CORE_PROTOCOL_VERSION: u64 = 1;

/// EFER.SVME, which a VMSA handed to CREATE_VCPU must have set.
pub const EFER_SVME: u64 = 0x1000;

/// What every handler guarantees: the invariant (properties 1, 4, 5, 10), clear before
/// grant (property 6), and nothing granted once halted (property 12).
pub open spec fn handler_ok(pre: &Svsm, post: &Svsm) -> bool {
    &&& post.inv()
    &&& post.map == pre.map
    &&& (pre.halted ==> post.halted && prop12_no_new_grants(&pre.hw, &post.hw))
    &&& prop6_clear_before_grant(&pre.hw, &post.hw)
}

/// The hardware state did not change at all.
pub open spec fn hw_unchanged(pre: &Svsm, post: &Svsm) -> bool {
    &&& post.hw.rmp@ == pre.hw.rmp@
    &&& post.hw.mem@ == pre.hw.mem@
    &&& post.hw.npt@ == pre.hw.npt@
}

/// Nothing the module owns besides the listed parts changed.
pub open spec fn module_rest_same(pre: &Svsm, post: &Svsm) -> bool {
    &&& post.map == pre.map
    &&& post.vcpus.slots@ == pre.vcpus.slots@
    &&& post.pages.records@ == pre.pages.records@
    &&& post.lock == pre.lock
    &&& post.halted == pre.halted
}

/// An unchanged state satisfies the per-handler guarantees.
pub proof fn lemma_unchanged_ok(pre: &Svsm, post: &Svsm)
    requires
        pre.inv_core(),
        hw_unchanged(pre, post),
        module_rest_same(pre, post),
    ensures
        post.inv_core(),
        pre.inv() ==> handler_ok(pre, post),
        prop7_validates_only_owned(&pre.hw, &post.hw, pre.map, &pre.vcpus),
        mem_only_zeroed(&pre.hw, &post.hw),
        assignment_kept(&pre.hw, &post.hw),
        prop12_no_new_grants(&pre.hw, &post.hw),
{
    lemma_rmp_unchanged_grants_nothing(&pre.hw, &post.hw);
    assert forall|i: int| 0 <= i < NUM_SPAS implies (#[trigger] post.hw.rmp@[i]).wf() by {
        assert(post.hw.rmp@[i] == pre.hw.rmp@[i]);
    }
    assert forall|g: int| 0 <= g < NUM_GFNS implies #[trigger] post.hw.npt@[g] <= NO_SPA by {
        assert(post.hw.npt@[g] == pre.hw.npt@[g]);
    }
    assert forall|g: int| 0 <= g < NUM_GFNS && (#[trigger] post.pages.records@[g]).granted implies post.pages.records@[g].validated by {
        assert(post.pages.records@[g] == pre.pages.records@[g]);
    }
    assert forall|k: int| 0 <= k < MAX_VCPUS implies (#[trigger] post.vcpus.slots@[k]).wf() by {
        assert(post.vcpus.slots@[k] == pre.vcpus.slots@[k]);
    }
    assert forall|i: int|
        0 <= i < post.hw.rmp@.len() && is_module_entry(#[trigger] post.hw.rmp@[i], post.map) implies post.hw.rmp@[i].no_lower_perms() by {
        assert(post.hw.rmp@[i] == pre.hw.rmp@[i]);
    }
    assert forall|i: int| 0 <= i < post.hw.rmp@.len() && (#[trigger] post.hw.rmp@[i]).vmsa implies post.hw.rmp@[i].no_lower_write() by {
        assert(post.hw.rmp@[i] == pre.hw.rmp@[i]);
    }
    assert forall|i: int| 0 <= i < pre.hw.mem@.len() implies #[trigger] post.hw.mem@[i] == pre.hw.mem@[i]
        || post.hw.mem@[i].is_zero() by {
    }
}

// =======================================================================================
// Page operations.

/// Zero guest page `gfn` as VMPL0; the page must be the guest's and validated.
pub fn zero_guest_page(s: &mut Svsm, gfn: usize)
    requires
        old(s).inv_core(),
        gfn < NUM_GFNS,
        old(s).hw.backs(gfn as int),
        old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].validated,
    ensures
        s.inv_core(),
        s.map == old(s).map,
        s.vcpus.slots@ == old(s).vcpus.slots@,
        s.pages.records@ == old(s).pages.records@,
        s.lock == old(s).lock,
        s.halted == old(s).halted,
        s.hw.rmp@ == old(s).hw.rmp@,
        s.hw.npt@ == old(s).hw.npt@,
        mem_frame(old(s).hw.mem@, s.hw.mem@, old(s).hw.spa_of(gfn as int)),
        s.hw.mem@[old(s).hw.spa_of(gfn as int)].is_zero(),
{
    let r = s.hw.zero_page(0, gfn);
    assert(r is Done);
}

/// Give VMPL1 full access to guest page `gfn`.
/// Property 10: never on a VMSA. Property 12: never once halted. Property 5: never on a
/// module page. (Property 6, clear before grant, is proved by the callers'
/// postconditions: the emulator does not check postconditions at run time, so a caller
/// that forgets to clear shows the leak when run.)
pub fn grant_guest_access(s: &mut Svsm, gfn: usize)
    requires
        old(s).inv_core(),
        gfn < NUM_GFNS,
        !old(s).halted,
        old(s).map.is_guest_gfn(gfn as int),
        old(s).hw.backs(gfn as int),
        old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].validated,
        !old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].huge,
        !old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].vmsa,
    ensures
        s.inv_core(),
        s.map == old(s).map,
        s.vcpus.slots@ == old(s).vcpus.slots@,
        s.pages.records@ == old(s).pages.records@,
        s.lock == old(s).lock,
        s.halted == old(s).halted,
        s.hw.mem@ == old(s).hw.mem@,
        s.hw.npt@ == old(s).hw.npt@,
        rmp_frame(old(s).hw.rmp@, s.hw.rmp@, old(s).hw.spa_of(gfn as int)),
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].same_assignment(
            old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)],
        ),
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].validated,
        !s.hw.rmp@[old(s).hw.spa_of(gfn as int)].vmsa,
        assignment_kept(&old(s).hw, &s.hw),
{
    let ghost h0 = s.hw;
    let ghost spa = h0.spa_of(gfn as int);
    let p = Perms::guest_rw();
    let rc = s.hw.rmpadjust(0, gfn, false, 1, p, false);
    assert(rc == RMPADJUST_SUCCESS);
    proof {
        lemma_module_guest_disjoint(s.map, gfn as int);
        assert(s.hw.rmp@[spa].adjusted_from(h0.rmp@[spa], 1, p, false));
        assert forall|i: int|
            0 <= i < s.hw.rmp@.len() && is_module_entry(#[trigger] s.hw.rmp@[i], s.map) implies s.hw.rmp@[i].no_lower_perms() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            } else {
                assert(s.hw.rmp@[i].gfn == gfn);
            }
        }
        assert forall|i: int| 0 <= i < s.hw.rmp@.len() && (#[trigger] s.hw.rmp@[i]).vmsa implies s.hw.rmp@[i].no_lower_write() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            }
        }
        assert forall|i: int| 0 <= i < h0.rmp@.len() implies (#[trigger] s.hw.rmp@[i]).same_assignment(
            h0.rmp@[i],
        ) by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            }
        }
    }
}

/// Set the lower VMPL permissions of guest page `gfn` to `p1`, `p2`, `p3` (VMPL0 uses
/// three RMPADJUSTs), leaving the VMSA bit clear.
pub fn set_lower_perms(s: &mut Svsm, gfn: usize, p1: Perms, p2: Perms, p3: Perms)
    requires
        old(s).inv_core(),
        gfn < NUM_GFNS,
        old(s).map.is_guest_gfn(gfn as int),
        old(s).hw.backs(gfn as int),
        old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].validated,
        !old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].huge,
        !old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].vmsa,
        p1.wf(),
        p2.wf(),
        p3.wf(),
    ensures
        s.inv_core(),
        s.map == old(s).map,
        s.vcpus.slots@ == old(s).vcpus.slots@,
        s.pages.records@ == old(s).pages.records@,
        s.lock == old(s).lock,
        s.halted == old(s).halted,
        s.hw.mem@ == old(s).hw.mem@,
        s.hw.npt@ == old(s).hw.npt@,
        rmp_frame(old(s).hw.rmp@, s.hw.rmp@, old(s).hw.spa_of(gfn as int)),
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].same_assignment(
            old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)],
        ),
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].validated,
        !s.hw.rmp@[old(s).hw.spa_of(gfn as int)].vmsa,
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].vmpl1.same(p1),
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].vmpl2.same(p2),
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].vmpl3.same(p3),
{
    let ghost h0 = s.hw;
    let ghost spa = h0.spa_of(gfn as int);
    let rc1 = s.hw.rmpadjust(0, gfn, false, 1, p1, false);
    assert(rc1 == RMPADJUST_SUCCESS);
    let ghost h1 = s.hw;
    let rc2 = s.hw.rmpadjust(0, gfn, false, 2, p2, false);
    assert(rc2 == RMPADJUST_SUCCESS);
    let ghost h2 = s.hw;
    let rc3 = s.hw.rmpadjust(0, gfn, false, 3, p3, false);
    assert(rc3 == RMPADJUST_SUCCESS);
    proof {
        lemma_module_guest_disjoint(s.map, gfn as int);
        assert(h1.rmp@[spa].adjusted_from(h0.rmp@[spa], 1, p1, false));
        assert(h2.rmp@[spa].adjusted_from(h1.rmp@[spa], 2, p2, false));
        assert(s.hw.rmp@[spa].adjusted_from(h2.rmp@[spa], 3, p3, false));
        assert forall|i: int| 0 <= i < h0.rmp@.len() && i != spa implies #[trigger] s.hw.rmp@[i]
            == h0.rmp@[i] by {
            assert(h1.rmp@[i] == h0.rmp@[i]);
            assert(h2.rmp@[i] == h1.rmp@[i]);
        }
        assert forall|i: int|
            0 <= i < s.hw.rmp@.len() && is_module_entry(#[trigger] s.hw.rmp@[i], s.map) implies s.hw.rmp@[i].no_lower_perms() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            } else {
                assert(s.hw.rmp@[i].gfn == gfn);
            }
        }
        assert forall|i: int| 0 <= i < s.hw.rmp@.len() && (#[trigger] s.hw.rmp@[i]).vmsa implies s.hw.rmp@[i].no_lower_write() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            }
        }
    }
}

/// Set the VMSA bit on guest page `gfn`.
/// Property 10: only once no lower VMPL can write the page.
pub fn set_vmsa(s: &mut Svsm, gfn: usize)
    requires
        old(s).inv_core(),
        gfn < NUM_GFNS,
        !old(s).halted,
        old(s).map.is_guest_gfn(gfn as int),
        old(s).hw.backs(gfn as int),
        old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].validated,
        !old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].huge,
        old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].no_lower_write(),
    ensures
        s.inv_core(),
        s.map == old(s).map,
        s.vcpus.slots@ == old(s).vcpus.slots@,
        s.pages.records@ == old(s).pages.records@,
        s.lock == old(s).lock,
        s.halted == old(s).halted,
        s.hw.mem@ == old(s).hw.mem@,
        s.hw.npt@ == old(s).hw.npt@,
        rmp_frame(old(s).hw.rmp@, s.hw.rmp@, old(s).hw.spa_of(gfn as int)),
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].same_assignment(
            old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)],
        ),
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].vmsa,
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].validated,
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].lower_perms_within(
            old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)],
        ),
{
    let ghost h0 = s.hw;
    let ghost spa = h0.spa_of(gfn as int);
    let p = Perms::none();
    let rc = s.hw.rmpadjust(0, gfn, false, 1, p, true);
    assert(rc == RMPADJUST_SUCCESS);
    proof {
        lemma_module_guest_disjoint(s.map, gfn as int);
        assert(s.hw.rmp@[spa].adjusted_from(h0.rmp@[spa], 1, p, true));
        assert forall|i: int|
            0 <= i < s.hw.rmp@.len() && is_module_entry(#[trigger] s.hw.rmp@[i], s.map) implies s.hw.rmp@[i].no_lower_perms() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            } else {
                assert(s.hw.rmp@[i].gfn == gfn);
            }
        }
        assert forall|i: int| 0 <= i < s.hw.rmp@.len() && (#[trigger] s.hw.rmp@[i]).vmsa implies s.hw.rmp@[i].no_lower_write() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            }
        }
    }
}

/// Clear the VMSA bit on guest page `gfn`, keeping VMPL1's permissions as they are.
pub fn clear_vmsa(s: &mut Svsm, gfn: usize)
    requires
        old(s).inv_core(),
        gfn < NUM_GFNS,
        old(s).map.is_guest_gfn(gfn as int),
        old(s).hw.backs(gfn as int),
        old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].validated,
        !old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)].huge,
    ensures
        s.inv_core(),
        s.map == old(s).map,
        s.vcpus.slots@ == old(s).vcpus.slots@,
        s.pages.records@ == old(s).pages.records@,
        s.lock == old(s).lock,
        s.halted == old(s).halted,
        s.hw.mem@ == old(s).hw.mem@,
        s.hw.npt@ == old(s).hw.npt@,
        rmp_frame(old(s).hw.rmp@, s.hw.rmp@, old(s).hw.spa_of(gfn as int)),
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].same_assignment(
            old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)],
        ),
        !s.hw.rmp@[old(s).hw.spa_of(gfn as int)].vmsa,
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].validated,
        s.hw.rmp@[old(s).hw.spa_of(gfn as int)].lower_perms_within(
            old(s).hw.rmp@[old(s).hw.spa_of(gfn as int)],
        ),
{
    let ghost h0 = s.hw;
    let ghost spa = h0.spa_of(gfn as int);
    let e = match s.hw.rmp_query(gfn) {
        Some(e) => e,
        None => {
            assert(false);
            return;
        },
    };
    let p = e.get_perms(1);
    let rc = s.hw.rmpadjust(0, gfn, false, 1, p, false);
    assert(rc == RMPADJUST_SUCCESS);
    proof {
        lemma_module_guest_disjoint(s.map, gfn as int);
        assert(s.hw.rmp@[spa].adjusted_from(h0.rmp@[spa], 1, p, false));
        assert forall|i: int|
            0 <= i < s.hw.rmp@.len() && is_module_entry(#[trigger] s.hw.rmp@[i], s.map) implies s.hw.rmp@[i].no_lower_perms() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            } else {
                assert(s.hw.rmp@[i].gfn == gfn);
            }
        }
        assert forall|i: int| 0 <= i < s.hw.rmp@.len() && (#[trigger] s.hw.rmp@[i]).vmsa implies s.hw.rmp@[i].no_lower_write() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            }
        }
    }
}

/// Validate guest page `gfn` for the guest OS: PVALIDATE, then clear, then grant.
/// property 6: clear before grant
/// property 7: only guest pages (precondition)
/// property 8: validate once (precondition); an unexpected "unchanged" halts the module
pub fn validate_for_guest(s: &mut Svsm, cpu: u64, gfn: usize) -> (rc: u64)
    requires
        old(s).inv_core(),
        old(s).lock.held_by(cpu),
        !old(s).halted,
        gfn < NUM_GFNS,
        old(s).map.is_guest_gfn(gfn as int),
        old(s).vcpus.not_in_use(gfn as int),
        prop8_not_yet_validated(&old(s).pages, gfn as int),
    ensures
        s.inv_core(),
        s.map == old(s).map,
        s.vcpus.slots@ == old(s).vcpus.slots@,
        s.lock == old(s).lock,
        prop6_clear_before_grant(&old(s).hw, &s.hw),
        prop7_validates_only_owned(&old(s).hw, &s.hw, s.map, &s.vcpus),
        mem_only_zeroed(&old(s).hw, &s.hw),
        assignment_kept(&old(s).hw, &s.hw),
        s.hw.npt@ == old(s).hw.npt@,
        rc == SVSM_SUCCESS ==> s.pages.frame(&old(s).pages, gfn as int),
        rc == SVSM_SUCCESS ==> s.pages.validated(gfn as int),
        rc == SVSM_SUCCESS ==> !s.halted,
        rc != SVSM_SUCCESS ==> hw_unchanged(old(s), s),
        rc != SVSM_SUCCESS ==> s.pages.records@ == old(s).pages.records@,
{
    let ghost h0 = s.hw;
    let ghost spa = h0.spa_of(gfn as int);
    // A VMSA page is never handed to the guest (property 10).
    match s.hw.rmp_query(gfn) {
        Some(e) => {
            if e.vmsa {
                proof {
                    lemma_unchanged_ok(old(s), s);
                }
                return SVSM_ERR_INVALID_ADDRESS;
            }
        },
        None => {
            proof {
                lemma_unchanged_ok(old(s), s);
            }
            return SVSM_ERR_PVALIDATE_FAIL_INPUT;
        },
    }
    let rc = s.hw.pvalidate(0, gfn, false, true);
    if rc != PVALIDATE_SUCCESS {
        proof {
            lemma_unchanged_ok(old(s), s);
        }
        if rc == PVALIDATE_UNCHANGED {
            // The module never validated this page, yet it is validated: an attack.
            s.halted = true;
            return SVSM_ERR_PVALIDATE_FAIL_UNCHANGED;
        } else if rc == PVALIDATE_FAIL_SIZEMISMATCH {
            return SVSM_ERR_PVALIDATE_FAIL_SIZEMISMATCH;
        }
        return SVSM_ERR_PVALIDATE_FAIL_INPUT;
    }
    let ghost h1 = s.hw;
    proof {
        lemma_module_guest_disjoint(s.map, gfn as int);
        assert(h1.rmp@[spa].same_except_validated(h0.rmp@[spa]));
        assert forall|i: int|
            0 <= i < s.hw.rmp@.len() && is_module_entry(#[trigger] s.hw.rmp@[i], s.map) implies s.hw.rmp@[i].no_lower_perms() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            } else {
                assert(s.hw.rmp@[i].gfn == gfn);
            }
        }
        assert forall|i: int| 0 <= i < s.hw.rmp@.len() && (#[trigger] s.hw.rmp@[i]).vmsa implies s.hw.rmp@[i].no_lower_write() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            }
        }
    }
    // property 6: clear before grant
    zero_guest_page(s, gfn);
    let ghost h2 = s.hw;
    grant_guest_access(s, gfn);
    s.pages.set(gfn, true, true);
    proof {
        assert forall|i: int| 0 <= i < h0.rmp@.len() && i != spa implies #[trigger] s.hw.rmp@[i]
            == h0.rmp@[i] by {
            assert(h1.rmp@[i] == h0.rmp@[i]);
            assert(h2.rmp@[i] == h1.rmp@[i]);
        }
        assert forall|i: int|
            0 <= i < NUM_SPAS && !lower_accessible(h0.rmp@[i]) && lower_accessible(
                #[trigger] s.hw.rmp@[i],
            ) implies s.hw.mem@[i].is_zero() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            } else {
                assert(s.hw.mem@[i] == h2.mem@[i]);
            }
        }
        assert forall|i: int| 0 <= i < h0.mem@.len() implies #[trigger] s.hw.mem@[i] == h0.mem@[i]
            || s.hw.mem@[i].is_zero() by {
            if i != spa {
                assert(h2.mem@[i] == h1.mem@[i]);
            }
        }
        assert forall|i: int| 0 <= i < h0.rmp@.len() implies (#[trigger] s.hw.rmp@[i]).same_assignment(
            h0.rmp@[i],
        ) by {
            if i == spa {
                assert(h1.rmp@[i].same_assignment(h0.rmp@[i]));
                assert(s.hw.rmp@[i].same_assignment(h2.rmp@[i]));
            }
        }
        assert forall|i: int|
            0 <= i < NUM_SPAS && !h0.rmp@[i].validated && (#[trigger] s.hw.rmp@[i]).validated implies {
            &&& s.map.is_guest_gfn(s.hw.rmp@[i].gfn as int)
            &&& !s.map.is_module_gfn(s.hw.rmp@[i].gfn as int)
            &&& s.vcpus.not_in_use(s.hw.rmp@[i].gfn as int)
        } by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            } else {
                assert(s.hw.rmp@[i].gfn == h0.rmp@[i].gfn);
                assert(h0.rmp@[i].gfn == gfn);
            }
        }
    }
    SVSM_SUCCESS
}

/// Invalidate guest page `gfn` for the guest OS. Invalidating only takes rights away.
pub fn invalidate_for_guest(s: &mut Svsm, cpu: u64, gfn: usize) -> (rc: u64)
    requires
        old(s).inv_core(),
        old(s).lock.held_by(cpu),
        !old(s).halted,
        gfn < NUM_GFNS,
        old(s).map.is_guest_gfn(gfn as int),
        old(s).vcpus.not_in_use(gfn as int),
        old(s).pages.validated(gfn as int),
    ensures
        s.inv_core(),
        s.map == old(s).map,
        s.vcpus.slots@ == old(s).vcpus.slots@,
        s.lock == old(s).lock,
        s.halted == old(s).halted,
        prop6_clear_before_grant(&old(s).hw, &s.hw),
        prop7_validates_only_owned(&old(s).hw, &s.hw, s.map, &s.vcpus),
        prop12_no_new_grants(&old(s).hw, &s.hw),
        mem_only_zeroed(&old(s).hw, &s.hw),
        assignment_kept(&old(s).hw, &s.hw),
        s.hw.mem@ == old(s).hw.mem@,
        s.hw.npt@ == old(s).hw.npt@,
        rc == SVSM_SUCCESS ==> s.pages.frame(&old(s).pages, gfn as int),
        rc == SVSM_SUCCESS ==> !s.pages.validated(gfn as int),
        rc != SVSM_SUCCESS ==> hw_unchanged(old(s), s),
        rc != SVSM_SUCCESS ==> s.pages.records@ == old(s).pages.records@,
{
    let ghost h0 = s.hw;
    let ghost spa = h0.spa_of(gfn as int);
    let rc = s.hw.pvalidate(0, gfn, false, false);
    if rc != PVALIDATE_SUCCESS {
        proof {
            lemma_unchanged_ok(old(s), s);
        }
        if rc == PVALIDATE_UNCHANGED {
            // Already invalid (the hypervisor remapped the page): what the guest asked
            // for holds, and the module's table must say so, or a later remap back to the
            // still-validated page would go unnoticed.
            s.pages.set(gfn, false, false);
            return SVSM_SUCCESS;
        } else if rc == PVALIDATE_FAIL_SIZEMISMATCH {
            return SVSM_ERR_PVALIDATE_FAIL_SIZEMISMATCH;
        }
        return SVSM_ERR_PVALIDATE_FAIL_INPUT;
    }
    s.pages.set(gfn, false, false);
    proof {
        assert(s.hw.rmp@[spa].same_except_validated(h0.rmp@[spa]));
        assert(!s.hw.rmp@[spa].validated);
        assert forall|i: int|
            0 <= i < s.hw.rmp@.len() && is_module_entry(#[trigger] s.hw.rmp@[i], s.map) implies s.hw.rmp@[i].no_lower_perms() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            } else {
                assert(is_module_entry(h0.rmp@[i], s.map));
            }
        }
        assert forall|i: int| 0 <= i < s.hw.rmp@.len() && (#[trigger] s.hw.rmp@[i]).vmsa implies s.hw.rmp@[i].no_lower_write() by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            }
        }
        assert forall|i: int|
            0 <= i < NUM_SPAS && !lower_accessible(h0.rmp@[i]) && lower_accessible(
                #[trigger] s.hw.rmp@[i],
            ) implies s.hw.mem@[i].is_zero() by {
            assert(s.hw.rmp@[i] == h0.rmp@[i]);
        }
        assert forall|i: int|
            0 <= i < NUM_SPAS && !h0.rmp@[i].validated && (#[trigger] s.hw.rmp@[i]).validated implies {
            &&& s.map.is_guest_gfn(s.hw.rmp@[i].gfn as int)
            &&& !s.map.is_module_gfn(s.hw.rmp@[i].gfn as int)
            &&& s.vcpus.not_in_use(s.hw.rmp@[i].gfn as int)
        } by {
            assert(s.hw.rmp@[i] == h0.rmp@[i]);
        }
        assert forall|i: int| 0 <= i < h0.rmp@.len() implies {
            &&& (#[trigger] s.hw.rmp@[i]).lower_perms_within(h0.rmp@[i])
            &&& (lower_accessible(s.hw.rmp@[i]) ==> lower_accessible(h0.rmp@[i]))
        } by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            }
        }
        assert forall|i: int| 0 <= i < h0.rmp@.len() implies (#[trigger] s.hw.rmp@[i]).same_assignment(
            h0.rmp@[i],
        ) by {
            if i != spa {
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            }
        }
    }
    SVSM_SUCCESS
}

// =======================================================================================
// PVALIDATE (1).

/// Decode and carry out one PVALIDATE entry: bits 63..12 the guest physical page, bits
/// 1..0 the page size (0 = 4K; 2M is not supported), bit 2 the action (1 = validate).
pub fn pvalidate_one(s: &mut Svsm, cpu: u64, entry: u64) -> (rc: u64)
    requires
        old(s).inv_core(),
        old(s).lock.held_by(cpu),
        !old(s).halted,
    ensures
        s.inv_core(),
        s.map == old(s).map,
        s.vcpus.slots@ == old(s).vcpus.slots@,
        s.lock == old(s).lock,
        prop6_clear_before_grant(&old(s).hw, &s.hw),
        prop7_validates_only_owned(&old(s).hw, &s.hw, s.map, &s.vcpus),
        mem_only_zeroed(&old(s).hw, &s.hw),
        assignment_kept(&old(s).hw, &s.hw),
        s.hw.npt@ == old(s).hw.npt@,
        rc == SVSM_SUCCESS ==> 0 <= entry_gfn(entry) < NUM_GFNS,
        rc == SVSM_SUCCESS ==> s.pages.frame(&old(s).pages, entry_gfn(entry)),
        rc == SVSM_SUCCESS ==> s.pages.validated(entry_gfn(entry)) == entry_validate(entry),
        rc == SVSM_SUCCESS ==> !s.halted,
        rc != SVSM_SUCCESS ==> hw_unchanged(old(s), s),
        rc != SVSM_SUCCESS ==> s.pages.records@ == old(s).pages.records@,
{
    proof {
        lemma_unchanged_ok(old(s), s);
    }
    let flags = entry % 4096;
    let gpa = entry - flags;
    if flags % 4 != 0 {
        // Only 4K pages.
        return SVSM_ERR_INVALID_PARAMETER;
    }
    let validate = (flags / 4) % 2 == 1;
    // property 7: no address overflow
    if region_end(gpa, 1).is_none() {
        return SVSM_ERR_INVALID_ADDRESS;
    }
    // property 7: aligned and inside the guest physical address space
    let gfn = match gpa_to_gfn(gpa) {
        Some(g) => g,
        None => {
            return SVSM_ERR_INVALID_ADDRESS;
        },
    };
    assert(gfn == entry_gfn(entry));
    // property 7: range check: the guest's pages only, never the module's own, never a
    // VMSA or a calling area
    if !s.map.contains_guest(gfn) || s.vcpus.page_in_use(gfn) {
        return SVSM_ERR_INVALID_ADDRESS;
    }
    if validate {
        // property 8: validate once
        if s.pages.is_validated(gfn) {
            return SVSM_ERR_PVALIDATE_FAIL_UNCHANGED;
        }
        validate_for_guest(s, cpu, gfn)
    } else {
        if !s.pages.is_validated(gfn) {
            return SVSM_ERR_PVALIDATE_FAIL_UNCHANGED;
        }
        invalidate_for_guest(s, cpu, gfn)
    }
}

/// PVALIDATE (1): a list of entries, processed in order under the validation lock.
/// property 11: partial progress: on failure earlier entries are done, the failing and
/// later ones untouched, and the index of the failing entry is returned.
pub fn core_pvalidate(s: &mut Svsm, cpu: u64, entries: &Vec<u64>) -> (r: (u64, usize))
    requires
        old(s).inv(),
        cpu != NO_OWNER,
    ensures
        handler_ok(old(s), s),
        s.vcpus.slots@ == old(s).vcpus.slots@,
        prop7_validates_only_owned(&old(s).hw, &s.hw, s.map, &s.vcpus),
        r.1 <= entries@.len(),
        r.0 == SVSM_SUCCESS ==> r.1 == entries@.len(),
        r.0 != SVSM_SUCCESS && !old(s).halted ==> r.1 < entries@.len(),
        prop11_progress(entries@, r.1 as int, &old(s).pages, &s.pages),
{
    if s.halted {
        proof {
            lemma_unchanged_ok(old(s), s);
            lemma_progress_start(entries@, &s.pages);
        }
        return (SVSM_ERR_INVALID_REQUEST, 0);
    }
    if !s.lock.try_acquire(cpu) {
        proof {
            lemma_unchanged_ok(old(s), s);
            lemma_progress_start(entries@, &s.pages);
        }
        return (SVSM_ERR_BUSY, 0);
    }
    proof {
        lemma_clear_before_grant_refl(&s.hw);
        lemma_validates_only_owned_refl(&s.hw, s.map, &s.vcpus);
        lemma_progress_start(entries@, &s.pages);
    }
    let mut i: usize = 0;
    while i < entries.len()
        invariant
            s.inv_core(),
            !s.halted,
            !old(s).halted,
            s.lock.held_by(cpu),
            s.map == old(s).map,
            s.vcpus.slots@ == old(s).vcpus.slots@,
            i <= entries@.len(),
            old(s).hw.wf(),
            prop6_clear_before_grant(&old(s).hw, &s.hw),
            prop7_validates_only_owned(&old(s).hw, &s.hw, s.map, &s.vcpus),
            mem_only_zeroed(&old(s).hw, &s.hw),
            assignment_kept(&old(s).hw, &s.hw),
            prop11_progress(entries@, i as int, &old(s).pages, &s.pages),
            s.pages.records@.len() == NUM_GFNS,
            old(s).pages.records@.len() == NUM_GFNS,
        decreases entries@.len() - i,
    {
        let ghost hb = s.hw;
        let ghost pb = s.pages;
        let rc = pvalidate_one(s, cpu, entries[i]);
        proof {
            lemma_clear_before_grant_trans(&old(s).hw, &hb, &s.hw);
            lemma_mem_only_zeroed_trans(&old(s).hw, &hb, &s.hw);
            lemma_assignment_kept_trans(&old(s).hw, &hb, &s.hw);
            lemma_validates_only_owned_trans(&old(s).hw, &hb, &s.hw, s.map, &s.vcpus);
        }
        if rc != SVSM_SUCCESS {
            s.lock.release(cpu);
            return (rc, i);
        }
        proof {
            lemma_progress_step(entries@, i as int, &old(s).pages, &pb, &s.pages);
        }
        i = i + 1;
    }
    s.lock.release(cpu);
    (SVSM_SUCCESS, i)
}

// =======================================================================================
// CREATE_VCPU (2), DELETE_VCPU (3), REMAP_CA (0), QUERY_PROTOCOL (6).

/// Read the VMSA's EFER (word 0 in the emulation) and check SVME, as VMPL0.
pub fn vmsa_contents_ok(s: &Svsm, gfn: usize) -> (ok: bool)
    requires
        s.inv_core(),
        gfn < NUM_GFNS,
{
    match s.hw.read_word(0, gfn, 0) {
        Access::Done(efer) => efer & EFER_SVME != 0,
        _ => false,
    }
}

/// CREATE_VCPU (2): turn a guest page into the VMSA of a new vCPU with its calling area.
/// property 10: write access is revoked and the checks pass before the VMSA bit is set;
/// the VMSA page differs from the calling-area page; every error path undoes everything.
pub fn core_create_vcpu(s: &mut Svsm, vmsa_gpa: u64, caa_gpa: u64, apic_id: u64) -> (rc: u64)
    requires
        old(s).inv(),
    ensures
        handler_ok(old(s), s),
        rc != SVSM_SUCCESS ==> s.hw.rmp@ == old(s).hw.rmp@,
        rc != SVSM_SUCCESS ==> s.vcpus.slots@ == old(s).vcpus.slots@,
        s.hw.mem@ == old(s).hw.mem@,
{
    proof {
        lemma_unchanged_ok(old(s), s);
    }
    if s.halted {
        return SVSM_ERR_INVALID_REQUEST;
    }
    let vmsa_gfn = match gpa_to_gfn(vmsa_gpa) {
        Some(g) => g,
        None => {
            return SVSM_ERR_INVALID_ADDRESS;
        },
    };
    let caa_gfn = match gpa_to_gfn(caa_gpa) {
        Some(g) => g,
        None => {
            return SVSM_ERR_INVALID_ADDRESS;
        },
    };
    // property 10: the VMSA page differs from the calling-area page
    if vmsa_gfn == caa_gfn {
        return SVSM_ERR_INVALID_PARAMETER;
    }
    if !s.map.contains_guest(vmsa_gfn) || !s.map.contains_guest(caa_gfn) {
        return SVSM_ERR_INVALID_ADDRESS;
    }
    if s.vcpus.page_in_use(vmsa_gfn) || s.vcpus.page_in_use(caa_gfn) {
        return SVSM_ERR_INVALID_PARAMETER;
    }
    if !s.pages.is_granted(vmsa_gfn) {
        return SVSM_ERR_INVALID_PARAMETER;
    }
    let slot = match s.vcpus.find_free() {
        Some(k) => k,
        None => {
            return SVSM_ERR_BUSY;
        },
    };
    let e = match s.hw.rmp_query(vmsa_gfn) {
        Some(e) => e,
        None => {
            return SVSM_ERR_INVALID_ADDRESS;
        },
    };
    if !e.validated || e.vmsa || e.huge {
        return SVSM_ERR_INVALID_PARAMETER;
    }
    let ghost h0 = s.hw;
    let ghost spa = h0.spa_of(vmsa_gfn as int);
    // First take every lower VMPL's access away, so the guest can no longer change the
    // page while the module checks it.
    set_lower_perms(s, vmsa_gfn, Perms::none(), Perms::none(), Perms::none());
    let ghost h1 = s.hw;
    // The checks, on contents the guest can no longer write.
    if !vmsa_contents_ok(s, vmsa_gfn) {
        // Undo: give the lower VMPLs back exactly what they had.
        set_lower_perms(s, vmsa_gfn, e.vmpl1, e.vmpl2, e.vmpl3);
        proof {
            assert forall|i: int| 0 <= i < h0.rmp@.len() implies #[trigger] s.hw.rmp@[i] == h0.rmp@[i] by {
                if i != spa {
                    assert(h1.rmp@[i] == h0.rmp@[i]);
                } else {
                    assert(s.hw.rmp@[i].same_assignment(h0.rmp@[i]));
                    assert(s.hw.rmp@[i].vmpl1.same(h0.rmp@[i].vmpl1));
                    assert(s.hw.rmp@[i].vmpl2.same(h0.rmp@[i].vmpl2));
                    assert(s.hw.rmp@[i].vmpl3.same(h0.rmp@[i].vmpl3));
                }
            }
            assert(s.hw.rmp@ =~= h0.rmp@);
            lemma_unchanged_ok(old(s), s);
        }
        return SVSM_ERR_INVALID_PARAMETER;
    }
    // property 10: the VMSA bit only now, with no lower write access left
    set_vmsa(s, vmsa_gfn);
    s.vcpus.put(slot, VcpuSlot { used: true, apic_id: apic_id, vmsa_gfn: vmsa_gfn, caa_gfn: caa_gfn });
    proof {
        assert forall|i: int|
            0 <= i < NUM_SPAS && !lower_accessible(h0.rmp@[i]) && lower_accessible(
                #[trigger] s.hw.rmp@[i],
            ) implies s.hw.mem@[i].is_zero() by {
            if i != spa {
                assert(h1.rmp@[i] == h0.rmp@[i]);
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            }
        }
    }
    SVSM_SUCCESS
}

/// DELETE_VCPU (3): retire the vCPU whose VMSA is at `vmsa_gpa` and give the page back.
/// The VMSA status is revoked first; only then is the page cleared and granted back.
pub fn core_delete_vcpu(s: &mut Svsm, vmsa_gpa: u64) -> (rc: u64)
    requires
        old(s).inv(),
    ensures
        handler_ok(old(s), s),
        rc != SVSM_SUCCESS ==> s.hw.rmp@ == old(s).hw.rmp@,
{
    proof {
        lemma_unchanged_ok(old(s), s);
    }
    if s.halted {
        return SVSM_ERR_INVALID_REQUEST;
    }
    let gfn = match gpa_to_gfn(vmsa_gpa) {
        Some(g) => g,
        None => {
            return SVSM_ERR_INVALID_ADDRESS;
        },
    };
    let k = match s.vcpus.find_by_vmsa(gfn) {
        Some(k) => k,
        None => {
            return SVSM_ERR_INVALID_PARAMETER;
        },
    };
    if !s.map.contains_guest(gfn) {
        return SVSM_ERR_INVALID_ADDRESS;
    }
    let e = match s.hw.rmp_query(gfn) {
        Some(e) => e,
        None => {
            return SVSM_ERR_INVALID_ADDRESS;
        },
    };
    if !e.validated || e.huge {
        return SVSM_ERR_INVALID_PARAMETER;
    }
    let ghost h0 = s.hw;
    let ghost spa = h0.spa_of(gfn as int);
    // Revoke the VMSA status first ...
    clear_vmsa(s, gfn);
    let ghost h1 = s.hw;
    // ... then clear the page (it held the vCPU's register state) ...
    zero_guest_page(s, gfn);
    let ghost h2 = s.hw;
    // ... and only then grant it back to the guest.
    grant_guest_access(s, gfn);
    s.vcpus.put(k, VcpuSlot::empty());
    s.pages.set(gfn, true, true);
    proof {
        assert forall|i: int|
            0 <= i < NUM_SPAS && !lower_accessible(h0.rmp@[i]) && lower_accessible(
                #[trigger] s.hw.rmp@[i],
            ) implies s.hw.mem@[i].is_zero() by {
            if i != spa {
                assert(h1.rmp@[i] == h0.rmp@[i]);
                assert(h2.rmp@[i] == h1.rmp@[i]);
                assert(s.hw.rmp@[i] == h0.rmp@[i]);
            } else {
                assert(s.hw.mem@[i] == h2.mem@[i]);
            }
        }
    }
    SVSM_SUCCESS
}

/// REMAP_CA (0): move vCPU `vcpu`'s calling area to `caa_gpa`.
/// property 10: the calling area is never a VMSA page.
pub fn core_remap_ca(s: &mut Svsm, vcpu: u64, caa_gpa: u64) -> (rc: u64)
    requires
        old(s).inv(),
    ensures
        handler_ok(old(s), s),
        hw_unchanged(old(s), s),
{
    proof {
        lemma_unchanged_ok(old(s), s);
    }
    if s.halted {
        return SVSM_ERR_INVALID_REQUEST;
    }
    if vcpu >= MAX_VCPUS as u64 {
        return SVSM_ERR_INVALID_PARAMETER;
    }
    let k = vcpu as usize;
    let slot = s.vcpus.get(k);
    if !slot.used {
        return SVSM_ERR_INVALID_PARAMETER;
    }
    let gfn = match gpa_to_gfn(caa_gpa) {
        Some(g) => g,
        None => {
            return SVSM_ERR_INVALID_ADDRESS;
        },
    };
    if !s.map.contains_guest(gfn) {
        return SVSM_ERR_INVALID_ADDRESS;
    }
    if s.vcpus.page_in_use(gfn) {
        return SVSM_ERR_INVALID_PARAMETER;
    }
    if !s.pages.is_granted(gfn) {
        return SVSM_ERR_INVALID_PARAMETER;
    }
    assert(!s.vcpus.slots@[k as int].uses(gfn as int));
    s.vcpus.put(
        k,
        VcpuSlot { used: true, apic_id: slot.apic_id, vmsa_gfn: slot.vmsa_gfn, caa_gfn: gfn },
    );
    proof {
        lemma_rmp_unchanged_grants_nothing(&old(s).hw, &s.hw);
    }
    SVSM_SUCCESS
}

/// QUERY_PROTOCOL (6): the highest supported version of the core protocol within
/// [min, max], or 0 when none is.
pub fn core_query_protocol(min: u64, max: u64) -> (r: (u64, u64))
    ensures
        r.0 == SVSM_SUCCESS,
        r.1 != 0 ==> min <= r.1 <= max,
        r.1 == 0 || r.1 == CORE_PROTOCOL_VERSION,
{
    if min <= CORE_PROTOCOL_VERSION && CORE_PROTOCOL_VERSION <= max {
        (SVSM_SUCCESS, CORE_PROTOCOL_VERSION)
    } else {
        (SVSM_SUCCESS, 0)
    }
}

/// The request dispatcher: `call` in rax, arguments in rcx, rdx, r8; PVALIDATE's entry
/// list is passed as `entries`. Returns (rax, rcx).
pub fn handle_request(
    s: &mut Svsm,
    cpu: u64,
    call: u64,
    rcx: u64,
    rdx: u64,
    r8: u64,
    entries: &Vec<u64>,
) -> (r: (u64, u64))
    requires
        old(s).inv(),
        cpu != NO_OWNER,
    ensures
        handler_ok(old(s), s),
{
    if call == SVSM_CORE_REMAP_CA {
        (core_remap_ca(s, rcx, rdx), 0)
    } else if call == SVSM_CORE_PVALIDATE {
        let r = core_pvalidate(s, cpu, entries);
        (r.0, r.1 as u64)
    } else if call == SVSM_CORE_CREATE_VCPU {
        (core_create_vcpu(s, rcx, rdx, r8), 0)
    } else if call == SVSM_CORE_DELETE_VCPU {
        (core_delete_vcpu(s, rcx), 0)
    } else if call == SVSM_CORE_QUERY_PROTOCOL {
        proof {
            lemma_unchanged_ok(old(s), s);
        }
        core_query_protocol(rcx, rdx)
    } else {
        proof {
            lemma_unchanged_ok(old(s), s);
        }
        (SVSM_ERR_UNSUPPORTED_CALL, 0)
    }
}

} // verus!
