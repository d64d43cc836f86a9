// The twelve security properties, stated as spec fns, and the lemmas that prove the ones
// that are not simply postconditions of the handlers. Each property names the function
// that proves it (see also model/README.md).
use vstd::prelude::*;
use crate::hw::rmp::*;
use crate::hw::machine::*;
use crate::hw::rmpadjust::*;
use crate::hw::adversary::*;
use crate::svsm::mem::*;
use crate::svsm::vcpu::*;
use crate::svsm::addr::*;

verus! {

// ---------------------------------------------------------------------------------------
// Property 1: RMP entries stay well formed (validated implies assigned; write implies read).
// Stated by `Machine::wf` (every entry's `RmpEntry::wf`); every instruction and adversary
// step ensures it.
pub open spec fn prop1_rmp_well_formed(m: &Machine) -> bool {
    m.wf()
}

// ---------------------------------------------------------------------------------------
// Property 2: instruction contracts. Stated by `pvalidate_effect` and `rmpadjust_effect`
// (hw/pvalidate.rs, hw/rmpadjust.rs) in the ensures of `Machine::pvalidate` and
// `Machine::rmpadjust`. `prop2_pvalidate_only_validated` is the per-entry reading.
pub open spec fn prop2_pvalidate_only_validated(pre: RmpEntry, post: RmpEntry) -> bool {
    post.same_except_validated(pre)
}

pub open spec fn prop2_rmpadjust_within_rights(
    pre: RmpEntry,
    post: RmpEntry,
    caller: u8,
    target: u8,
    p: Perms,
    vmsa: bool,
) -> bool {
    &&& rmpadjust_allowed(pre, caller, target, p, vmsa)
    &&& post.adjusted_from(pre, target, p, vmsa)
}

// ---------------------------------------------------------------------------------------
// Property 3: the adversary never validates pages or adds permissions; any remap clears
// validation. Stated by `adversary_step` (hw/adversary.rs), ensured by every hypervisor
// operation.
pub open spec fn prop3_adversary(pre: &Machine, post: &Machine) -> bool {
    adversary_step(pre, post)
}

// ---------------------------------------------------------------------------------------
// The module's pages, as the RMP sees them: assigned to the guest at a module page.
pub open spec fn is_module_entry(e: RmpEntry, map: MemoryMap) -> bool {
    e.assigned && e.asid == GUEST_ASID && map.is_module_gfn(e.gfn as int)
}

// Property 4: integrity: no VMPL1+ write permission on any module page.
pub open spec fn prop4_module_integrity(m: &Machine, map: MemoryMap) -> bool {
    forall|i: int|
        0 <= i < m.rmp@.len() && is_module_entry(#[trigger] m.rmp@[i], map)
            ==> m.rmp@[i].no_lower_write()
}

// Property 5: confidentiality: no VMPL1+ permission at all on any module page.
pub open spec fn prop5_module_confidentiality(m: &Machine, map: MemoryMap) -> bool {
    forall|i: int|
        0 <= i < m.rmp@.len() && is_module_entry(#[trigger] m.rmp@[i], map)
            ==> m.rmp@[i].no_lower_perms()
}

// ---------------------------------------------------------------------------------------
// Property 6: clear before grant. A lower VMPL can use a page when it is validated, is not
// a VMSA and some lower VMPL holds a permission on it. Whenever a module operation makes a
// page usable by a lower VMPL, the page is zero at that point.
pub open spec fn lower_accessible(e: RmpEntry) -> bool {
    e.validated && !e.vmsa && !e.no_lower_perms()
}

pub open spec fn prop6_clear_before_grant(pre: &Machine, post: &Machine) -> bool {
    forall|i: int|
        0 <= i < NUM_SPAS && !lower_accessible(pre.rmp@[i]) && lower_accessible(
            #[trigger] post.rmp@[i],
        ) ==> post.mem@[i].is_zero()
}

/// Module operations change page contents only by zeroing them.
pub open spec fn mem_only_zeroed(pre: &Machine, post: &Machine) -> bool {
    &&& post.mem@.len() == pre.mem@.len()
    &&& forall|i: int|
        0 <= i < pre.mem@.len() ==> #[trigger] post.mem@[i] == pre.mem@[i] || post.mem@[i].is_zero()
}

/// Module operations never reassign a page (only the hypervisor's RMPUPDATE does).
pub open spec fn assignment_kept(pre: &Machine, post: &Machine) -> bool {
    &&& post.rmp@.len() == pre.rmp@.len()
    &&& forall|i: int|
        0 <= i < pre.rmp@.len() ==> (#[trigger] post.rmp@[i]).same_assignment(pre.rmp@[i])
}

// ---------------------------------------------------------------------------------------
// Property 7: ownership: every page the module validates for the guest lies in the guest's
// range, is not one of its own pages, not a VMSA and not a calling area. (Alignment and
// overflow are checked by `gpa_to_gfn` and `region_end` before.)
pub open spec fn prop7_validates_only_owned(
    pre: &Machine,
    post: &Machine,
    map: MemoryMap,
    vcpus: &VcpuTable,
) -> bool {
    forall|i: int|
        0 <= i < NUM_SPAS && !pre.rmp@[i].validated && (#[trigger] post.rmp@[i]).validated ==> {
            &&& map.is_guest_gfn(post.rmp@[i].gfn as int)
            &&& !map.is_module_gfn(post.rmp@[i].gfn as int)
            &&& vcpus.not_in_use(post.rmp@[i].gfn as int)
        }
}

// ---------------------------------------------------------------------------------------
// Property 8: validate once. Stated as the precondition `!s.pages.validated(gfn)` of
// `validate_for_guest` and the postcondition of `validate_own_page` (an "unchanged"
// result on the module's own memory halts it).
pub open spec fn prop8_not_yet_validated(pages: &MemTable, gfn: int) -> bool {
    !pages.validated(gfn)
}

// ---------------------------------------------------------------------------------------
// Property 9: canonical virtual addresses: `VirtAddr`'s type invariant (svsm/addr.rs).
pub open spec fn prop9_canonical(v: VirtAddr) -> bool {
    is_canonical(v.raw())
}

// ---------------------------------------------------------------------------------------
// Property 10: VMSA safety: a VMSA page has no lower write permission (the bit is set only
// after write access is revoked), and the VMSA page is never the calling-area page.
pub open spec fn prop10_vmsa_safe(m: &Machine) -> bool {
    forall|i: int| 0 <= i < m.rmp@.len() && (#[trigger] m.rmp@[i]).vmsa ==> m.rmp@[i].no_lower_write()
}

// ---------------------------------------------------------------------------------------
// Property 11: partial progress of a multi-entry PVALIDATE request.
pub open spec fn entry_gfn(entry: u64) -> int {
    (entry / 4096) as int
}

pub open spec fn entry_validate(entry: u64) -> bool {
    (entry % 4096) / 4 % 2 == 1
}

/// Some entry among the first `n` names guest page `g`.
pub open spec fn touched_by_prefix(entries: Seq<u64>, n: int, g: int) -> bool
    decreases n,
{
    if n <= 0 {
        false
    } else {
        entry_gfn(entries[n - 1]) == g || touched_by_prefix(entries, n - 1, g)
    }
}

/// The action (validate or not) of the last of the first `n` entries that names `g`.
pub open spec fn final_intent(entries: Seq<u64>, n: int, g: int) -> bool
    decreases n,
{
    if n <= 0 {
        false
    } else if entry_gfn(entries[n - 1]) == g {
        entry_validate(entries[n - 1])
    } else {
        final_intent(entries, n - 1, g)
    }
}

/// Earlier entries are done (every page they name is in the state the last of them asked
/// for), pages no entry up to `n` names are untouched.
pub open spec fn prop11_progress(entries: Seq<u64>, n: int, pre: &MemTable, post: &MemTable) -> bool {
    &&& forall|g: int|
        0 <= g < NUM_GFNS && #[trigger] touched_by_prefix(entries, n, g) ==> post.validated(g)
            == final_intent(entries, n, g)
    &&& forall|g: int|
        0 <= g < NUM_GFNS && !touched_by_prefix(entries, n, g) ==> #[trigger] post.records@[g]
            == pre.records@[g]
}

// ---------------------------------------------------------------------------------------
// Property 12: halting: once halted, the module grants nothing more.
pub open spec fn prop12_no_new_grants(pre: &Machine, post: &Machine) -> bool {
    &&& post.rmp@.len() == pre.rmp@.len()
    &&& forall|i: int|
        0 <= i < pre.rmp@.len() ==> {
            &&& (#[trigger] post.rmp@[i]).lower_perms_within(pre.rmp@[i])
            &&& (lower_accessible(post.rmp@[i]) ==> lower_accessible(pre.rmp@[i]))
        }
}

// =======================================================================================
// Lemmas.

// property 5 implies property 4
pub proof fn lemma_confidentiality_implies_integrity(m: &Machine, map: MemoryMap)
    requires
        prop5_module_confidentiality(m, map),
    ensures
        prop4_module_integrity(m, map),
{
    assert forall|i: int|
        0 <= i < m.rmp@.len() && is_module_entry(#[trigger] m.rmp@[i], map) implies m.rmp@[i].no_lower_write() by {
        assert(m.rmp@[i].no_lower_perms());
    }
}

// property 6: nothing changed, nothing granted
pub proof fn lemma_clear_before_grant_refl(m: &Machine)
    ensures
        prop6_clear_before_grant(m, m),
        mem_only_zeroed(m, m),
        assignment_kept(m, m),
        prop12_no_new_grants(m, m),
{
}

// property 6: two module steps compose
pub proof fn lemma_clear_before_grant_trans(a: &Machine, b: &Machine, c: &Machine)
    requires
        a.wf(),
        b.wf(),
        c.wf(),
        prop6_clear_before_grant(a, b),
        prop6_clear_before_grant(b, c),
        mem_only_zeroed(b, c),
    ensures
        prop6_clear_before_grant(a, c),
{
    assert forall|i: int|
        0 <= i < NUM_SPAS && !lower_accessible(a.rmp@[i]) && lower_accessible(
            #[trigger] c.rmp@[i],
        ) implies c.mem@[i].is_zero() by {
        if lower_accessible(b.rmp@[i]) {
            assert(b.mem@[i].is_zero());
            assert(c.mem@[i] == b.mem@[i] || c.mem@[i].is_zero());
        } else {
            assert(c.mem@[i].is_zero());
        }
    }
}

pub proof fn lemma_mem_only_zeroed_trans(a: &Machine, b: &Machine, c: &Machine)
    requires
        a.wf(),
        b.wf(),
        c.wf(),
        mem_only_zeroed(a, b),
        mem_only_zeroed(b, c),
    ensures
        mem_only_zeroed(a, c),
{
    assert forall|i: int| 0 <= i < a.mem@.len() implies #[trigger] c.mem@[i] == a.mem@[i]
        || c.mem@[i].is_zero() by {
        assert(b.mem@[i] == a.mem@[i] || b.mem@[i].is_zero());
        assert(c.mem@[i] == b.mem@[i] || c.mem@[i].is_zero());
    }
}

pub proof fn lemma_assignment_kept_trans(a: &Machine, b: &Machine, c: &Machine)
    requires
        a.wf(),
        b.wf(),
        c.wf(),
        assignment_kept(a, b),
        assignment_kept(b, c),
    ensures
        assignment_kept(a, c),
{
    assert forall|i: int| 0 <= i < a.rmp@.len() implies (#[trigger] c.rmp@[i]).same_assignment(
        a.rmp@[i],
    ) by {
        assert(b.rmp@[i].same_assignment(a.rmp@[i]));
        assert(c.rmp@[i].same_assignment(b.rmp@[i]));
    }
}

// property 7: two module steps compose (the vCPU table is the same throughout)
pub proof fn lemma_validates_only_owned_trans(
    a: &Machine,
    b: &Machine,
    c: &Machine,
    map: MemoryMap,
    vcpus: &VcpuTable,
)
    requires
        a.wf(),
        b.wf(),
        c.wf(),
        prop7_validates_only_owned(a, b, map, vcpus),
        prop7_validates_only_owned(b, c, map, vcpus),
        assignment_kept(b, c),
    ensures
        prop7_validates_only_owned(a, c, map, vcpus),
{
    assert forall|i: int|
        0 <= i < NUM_SPAS && !a.rmp@[i].validated && (#[trigger] c.rmp@[i]).validated implies {
        &&& map.is_guest_gfn(c.rmp@[i].gfn as int)
        &&& !map.is_module_gfn(c.rmp@[i].gfn as int)
        &&& vcpus.not_in_use(c.rmp@[i].gfn as int)
    } by {
        assert(c.rmp@[i].same_assignment(b.rmp@[i]));
        if b.rmp@[i].validated {
            assert(map.is_guest_gfn(b.rmp@[i].gfn as int));
        }
    }
}

pub proof fn lemma_validates_only_owned_refl(m: &Machine, map: MemoryMap, vcpus: &VcpuTable)
    ensures
        prop7_validates_only_owned(m, m, map, vcpus),
{
}

// property 12: composes
pub proof fn lemma_no_new_grants_trans(a: &Machine, b: &Machine, c: &Machine)
    requires
        prop12_no_new_grants(a, b),
        prop12_no_new_grants(b, c),
    ensures
        prop12_no_new_grants(a, c),
{
    assert forall|i: int| 0 <= i < a.rmp@.len() implies {
        &&& (#[trigger] c.rmp@[i]).lower_perms_within(a.rmp@[i])
        &&& (lower_accessible(c.rmp@[i]) ==> lower_accessible(a.rmp@[i]))
    } by {
        assert(b.rmp@[i].lower_perms_within(a.rmp@[i]));
        assert(c.rmp@[i].lower_perms_within(b.rmp@[i]));
        assert(lower_accessible(b.rmp@[i]) ==> lower_accessible(a.rmp@[i]));
        assert(lower_accessible(c.rmp@[i]) ==> lower_accessible(b.rmp@[i]));
    }
}

// property 3 preserves properties 5 and 10: whatever the hypervisor does, the module's pages
// stay private and VMSA pages stay read-only to the lower VMPLs.
pub proof fn lemma_adversary_preserves_privacy(pre: &Machine, post: &Machine, map: MemoryMap)
    requires
        prop5_module_confidentiality(pre, map),
        prop10_vmsa_safe(pre),
        adversary_step(pre, post),
    ensures
        prop5_module_confidentiality(post, map),
        prop4_module_integrity(post, map),
        prop10_vmsa_safe(post),
{
    assert forall|i: int|
        0 <= i < post.rmp@.len() && is_module_entry(#[trigger] post.rmp@[i], map) implies post.rmp@[i].no_lower_perms() by {
        if post.rmp@[i] == pre.rmp@[i] {
            assert(is_module_entry(pre.rmp@[i], map));
        }
    }
    assert forall|i: int| 0 <= i < post.rmp@.len() && (#[trigger] post.rmp@[i]).vmsa implies post.rmp@[i].no_lower_write() by {
        assert(post.rmp@[i] == pre.rmp@[i]);
    }
    lemma_confidentiality_implies_integrity(post, map);
}

// property 3 (guest side): the guest's own RMPADJUST keeps properties 5 and 10, since
// VMPL1 holds nothing on module pages and no write on VMSA pages.
pub proof fn lemma_guest_adjust_preserves_privacy(
    pre: &Machine,
    post: &Machine,
    map: MemoryMap,
    gfn: int,
    target: u8,
    p: Perms,
)
    requires
        pre.wf(),
        post.wf(),
        0 <= gfn < NUM_GFNS,
        pre.backs(gfn),
        prop5_module_confidentiality(pre, map),
        prop10_vmsa_safe(pre),
        rmpadjust_allowed(pre.rmp@[pre.spa_of(gfn)], 1, target, p, pre.rmp@[pre.spa_of(gfn)].vmsa),
        rmpadjust_effect(pre, post, gfn, target, p, pre.rmp@[pre.spa_of(gfn)].vmsa),
    ensures
        prop5_module_confidentiality(post, map),
        prop10_vmsa_safe(post),
{
    let spa = pre.spa_of(gfn);
    let e = pre.rmp@[spa];
    let n = post.rmp@[spa];
    if is_module_entry(e, map) {
        assert(e.no_lower_perms());
        lemma_adjust_by_powerless_caller(e, 1, target, p, e.vmsa);
    }
    assert forall|i: int|
        0 <= i < post.rmp@.len() && is_module_entry(#[trigger] post.rmp@[i], map) implies post.rmp@[i].no_lower_perms() by {
        if i != spa {
            assert(post.rmp@[i] == pre.rmp@[i]);
        } else {
            assert(is_module_entry(e, map));
        }
    }
    assert forall|i: int| 0 <= i < post.rmp@.len() && (#[trigger] post.rmp@[i]).vmsa implies post.rmp@[i].no_lower_write() by {
        if i != spa {
            assert(post.rmp@[i] == pre.rmp@[i]);
        } else {
            assert(e.vmsa);
            assert(e.no_lower_write());
            assert(!p.write);
        }
    }
}

// property 6 / 12: a step that changes no RMP entry grants nothing.
pub proof fn lemma_rmp_unchanged_grants_nothing(a: &Machine, b: &Machine)
    requires
        b.rmp@ == a.rmp@,
        b.mem@.len() == a.mem@.len(),
    ensures
        prop6_clear_before_grant(a, b),
        prop12_no_new_grants(a, b),
        assignment_kept(a, b),
{
    assert forall|i: int| 0 <= i < a.rmp@.len() implies {
        &&& (#[trigger] b.rmp@[i]).lower_perms_within(a.rmp@[i])
        &&& (lower_accessible(b.rmp@[i]) ==> lower_accessible(a.rmp@[i]))
    } by {
        assert(b.rmp@[i] == a.rmp@[i]);
    }
    assert forall|i: int| 0 <= i < a.rmp@.len() implies (#[trigger] b.rmp@[i]).same_assignment(
        a.rmp@[i],
    ) by {
        assert(b.rmp@[i] == a.rmp@[i]);
    }
}

// property 11: appending entry `n` to the processed prefix.
pub proof fn lemma_progress_step(
    entries: Seq<u64>,
    n: int,
    pre: &MemTable,
    mid: &MemTable,
    post: &MemTable,
)
    requires
        0 <= n < entries.len(),
        0 <= entry_gfn(entries[n]) < NUM_GFNS,
        pre.records@.len() == NUM_GFNS,
        mid.records@.len() == NUM_GFNS,
        prop11_progress(entries, n, pre, mid),
        post.frame(mid, entry_gfn(entries[n])),
        post.validated(entry_gfn(entries[n])) == entry_validate(entries[n]),
    ensures
        prop11_progress(entries, n + 1, pre, post),
{
    let g0 = entry_gfn(entries[n]);
    assert forall|g: int|
        0 <= g < NUM_GFNS && #[trigger] touched_by_prefix(entries, n + 1, g) implies post.validated(g)
        == final_intent(entries, n + 1, g) by {
        if g != g0 {
            assert(touched_by_prefix(entries, n, g));
            assert(post.records@[g] == mid.records@[g]);
        }
    }
    assert forall|g: int| 0 <= g < NUM_GFNS && !touched_by_prefix(entries, n + 1, g) implies #[trigger] post.records@[g]
        == pre.records@[g] by {
        assert(g != g0);
        assert(!touched_by_prefix(entries, n, g));
        assert(post.records@[g] == mid.records@[g]);
    }
}

pub proof fn lemma_progress_start(entries: Seq<u64>, t: &MemTable)
    ensures
        prop11_progress(entries, 0, t, t),
{
}

} // verus!
