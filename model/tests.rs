// Runtime tests, run by `proofgate run model` in the emulator (not verified: each test is
// #[verifier::external_body]). They drive the module through normal guest requests and
// through the remap attack. Deterministic: no randomness, no time.
use vstd::prelude::*;
use crate::hw::rmp::*;
use crate::hw::machine::*;
use crate::hw::access::*;
use crate::svsm::addr::*;
use crate::svsm::lock::*;
use crate::svsm::state::*;
use crate::svsm::protocol::*;

verus! {

/// The secret the module keeps in one of its own pages.
pub const SECRET: u64 = 0x5EC2_E75E_C2E7_0001;

/// The vCPU number the guest calls from.
pub const GUEST_CPU: u64 = 1;

/// A PVALIDATE entry for guest page `gfn` (4K), validating or invalidating.
#[verifier::external_body]
pub fn entry_for(gfn: u64, validate: bool) -> u64 {
    if validate {
        gfn * 4096 + 4
    } else {
        gfn * 4096
    }
}

/// One-entry PVALIDATE request.
#[verifier::external_body]
pub fn guest_pvalidate(s: &mut Svsm, gfn: u64, validate: bool) -> (u64, u64) {
    let mut entries: Vec<u64> = Vec::new();
    entries.push(entry_for(gfn, validate));
    handle_request(s, GUEST_CPU, SVSM_CORE_PVALIDATE, 0, 0, 0, &entries)
}

/// Call a handler that takes no entry list.
#[verifier::external_body]
pub fn guest_call(s: &mut Svsm, call: u64, rcx: u64, rdx: u64, r8: u64) -> (u64, u64) {
    let entries: Vec<u64> = Vec::new();
    handle_request(s, GUEST_CPU, call, rcx, rdx, r8, &entries)
}

/// The value an access returned, or u64::MAX when it faulted.
#[verifier::external_body]
pub fn value_or_max(r: Access) -> u64 {
    match r {
        Access::Done(v) => v,
        _ => u64::MAX,
    }
}

#[verifier::external_body]
pub fn is_npf(r: Access) -> bool {
    match r {
        Access::NestedPageFault => true,
        _ => false,
    }
}

#[verifier::external_body]
pub fn vc_code(r: Access) -> u64 {
    match r {
        Access::VcFault(code) => code,
        _ => 0,
    }
}

/// The remap attack. The module keeps SECRET in its page 3 (system page 3). The hypervisor
/// reassigns system page 3 to guest page 20 (RMPUPDATE: unvalidated, contents kept) and
/// maps guest page 20 to it. The guest asks the module to validate guest page 20 and then
/// reads it. Returns the word the guest read: 0 with the fixed module, SECRET when the
/// module grants without clearing (mutant no-clear-before-grant).
#[verifier::external_body]
pub fn attack_remap_reads() -> u64 {
    let mut s = launch();
    let w = module_store(&mut s, 3, 0, SECRET);
    let ok1 = value_or_max(w) == 0;
    assert(ok1);
    let ok2 = value_or_max(module_load(&s, 3, 0)) == SECRET;
    assert(ok2);
    // The hypervisor's steps.
    adversary_rmpupdate(&mut s, 3, true, 20);
    adversary_remap(&mut s, 20, 3);
    // The guest's request.
    let r = guest_pvalidate(&mut s, 20, true);
    assert(r.0 == SVSM_SUCCESS);
    assert(r.1 == 1);
    value_or_max(guest_load(&s, 20, 0))
}

#[test]
#[verifier::external_body]
pub fn test_attack_remap_reads_zero() {
    let v = attack_remap_reads();
    assert(v != SECRET);
    assert(v == 0);
}

#[test]
#[verifier::external_body]
pub fn test_launch_validates_module_pages() {
    let s = launch();
    assert(!s.halted);
    let mut g: usize = 0;
    while g < 8 {
        let ok3 = s.hw.rmp[g].validated;
        assert(ok3);
        let ok4 = s.pages.records[g].validated;
        assert(ok4);
        let ok5 = !s.pages.records[g].granted;
        assert(ok5);
        g = g + 1;
    }
    let ok6 = !s.hw.rmp[8].validated;
    assert(ok6);
    assert(s.lock.owner == NO_OWNER);
}

#[test]
#[verifier::external_body]
pub fn test_module_page_private() {
    let mut s = launch();
    module_store(&mut s, 2, 1, SECRET);
    let ok7 = value_or_max(module_load(&s, 2, 1)) == SECRET;
    assert(ok7);
    // The guest (VMPL1) has no access to the module's pages.
    let ok8 = is_npf(guest_load(&s, 2, 1));
    assert(ok8);
    let r1 = guest_store(&mut s, 2, 1, 7);
    let ok9 = is_npf(r1);
    assert(ok9);
    let ok10 = value_or_max(module_load(&s, 2, 1)) == SECRET;
    assert(ok10);
    // Nor can it grant VMPL2 anything there.
    let rc = guest_adjust(&mut s, 2, 2, Perms::all());
    assert(rc != 0);
}

#[test]
#[verifier::external_body]
pub fn test_guest_validates_and_uses_page() {
    let mut s = launch();
    let ok11 = vc_code(guest_load(&s, 10, 0)) == VC_PAGE_NOT_VALIDATED;
    assert(ok11);
    let mut entries: Vec<u64> = Vec::new();
    entries.push(entry_for(10, true));
    entries.push(entry_for(11, true));
    let r = handle_request(&mut s, GUEST_CPU, SVSM_CORE_PVALIDATE, 0, 0, 0, &entries);
    assert(r.0 == SVSM_SUCCESS);
    assert(r.1 == 2);
    let ok12 = value_or_max(guest_load(&s, 10, 0)) == 0;
    assert(ok12);
    let r2 = guest_store(&mut s, 10, 0, 42);
    let ok13 = value_or_max(r2) == 0;
    assert(ok13);
    let ok14 = value_or_max(guest_load(&s, 10, 0)) == 42;
    assert(ok14);
    let ok15 = s.hw.rmp[11].validated;
    assert(ok15);
    let ok16 = s.hw.rmp[11].vmpl1.write;
    assert(ok16);
    assert(s.lock.owner == NO_OWNER);
}

#[test]
#[verifier::external_body]
pub fn test_pvalidate_rejects_module_page() {
    let mut s = launch();
    let r = guest_pvalidate(&mut s, 3, true);
    assert(r.0 == SVSM_ERR_INVALID_ADDRESS);
    assert(r.1 == 0);
    // Out of the guest physical space, misaligned and 2M requests are refused too.
    let r2 = guest_pvalidate(&mut s, 64, true);
    assert(r2.0 == SVSM_ERR_INVALID_ADDRESS);
    let mut entries: Vec<u64> = Vec::new();
    entries.push(12 * 4096 + 4 + 1);
    let r3 = handle_request(&mut s, GUEST_CPU, SVSM_CORE_PVALIDATE, 0, 0, 0, &entries);
    assert(r3.0 == SVSM_ERR_INVALID_PARAMETER);
    let ok17 = !s.hw.rmp[12].validated;
    assert(ok17);
}

#[test]
#[verifier::external_body]
pub fn test_partial_progress() {
    let mut s = launch();
    let mut entries: Vec<u64> = Vec::new();
    entries.push(entry_for(12, true));
    entries.push(entry_for(2, true));
    entries.push(entry_for(13, true));
    let r = handle_request(&mut s, GUEST_CPU, SVSM_CORE_PVALIDATE, 0, 0, 0, &entries);
    assert(r.0 == SVSM_ERR_INVALID_ADDRESS);
    assert(r.1 == 1);
    let ok18 = s.hw.rmp[12].validated;
    assert(ok18);
    let ok19 = s.pages.records[12].validated;
    assert(ok19);
    let ok20 = !s.hw.rmp[13].validated;
    assert(ok20);
    let ok21 = !s.pages.records[13].validated;
    assert(ok21);
    assert(s.lock.owner == NO_OWNER);
}

#[test]
#[verifier::external_body]
pub fn test_validate_once() {
    let mut s = launch();
    let r1 = guest_pvalidate(&mut s, 14, true);
    assert(r1.0 == SVSM_SUCCESS);
    let r2 = guest_pvalidate(&mut s, 14, true);
    assert(r2.0 == SVSM_ERR_PVALIDATE_FAIL_UNCHANGED);
    assert(r2.1 == 0);
    assert(!s.halted);
}

#[test]
#[verifier::external_body]
pub fn test_invalidate() {
    let mut s = launch();
    let r3 = guest_pvalidate(&mut s, 15, true);
    assert(r3.0 == SVSM_SUCCESS);
    guest_store(&mut s, 15, 2, 99);
    let r4 = guest_pvalidate(&mut s, 15, false);
    assert(r4.0 == SVSM_SUCCESS);
    let ok22 = vc_code(guest_load(&s, 15, 2)) == VC_PAGE_NOT_VALIDATED;
    assert(ok22);
    let ok23 = !s.pages.records[15].validated;
    assert(ok23);
    // Validating it again clears it before the guest sees it.
    let r5 = guest_pvalidate(&mut s, 15, true);
    assert(r5.0 == SVSM_SUCCESS);
    let ok24 = value_or_max(guest_load(&s, 15, 2)) == 0;
    assert(ok24);
}

#[test]
#[verifier::external_body]
pub fn test_halt_on_unexpected_unchanged() {
    let mut s = launch();
    // The module validates guest page 34 (system page 34).
    let r6 = guest_pvalidate(&mut s, 34, true);
    assert(r6.0 == SVSM_SUCCESS);
    // The hypervisor hides it behind another system page assigned to the same guest page.
    adversary_rmpupdate(&mut s, 35, true, 34);
    adversary_remap(&mut s, 34, 35);
    // Invalidating finds the new page already invalid.
    let r7 = guest_pvalidate(&mut s, 34, false);
    assert(r7.0 == SVSM_SUCCESS);
    let ok25 = !s.pages.records[34].validated;
    assert(ok25);
    // The hypervisor maps the still-validated page back; validating it reports "unchanged".
    adversary_remap(&mut s, 34, 34);
    let r = guest_pvalidate(&mut s, 34, true);
    assert(r.0 == SVSM_ERR_PVALIDATE_FAIL_UNCHANGED);
    assert(s.halted);
    // property 12: nothing more is granted.
    let r2 = guest_pvalidate(&mut s, 40, true);
    assert(r2.0 == SVSM_ERR_INVALID_REQUEST);
    let ok26 = !s.hw.rmp[40].validated;
    assert(ok26);
    let r8 = guest_call(&mut s, SVSM_CORE_CREATE_VCPU, 20 * 4096, 21 * 4096, 1);
    assert(r8.0 == SVSM_ERR_INVALID_REQUEST);
}

/// Validate guest pages 20 and 21 and write a plausible VMSA (EFER.SVME set) into 20.
#[verifier::external_body]
pub fn guest_with_vmsa_page(efer: u64) -> Svsm {
    let mut s = launch();
    let r9 = guest_pvalidate(&mut s, 20, true);
    assert(r9.0 == SVSM_SUCCESS);
    let r10 = guest_pvalidate(&mut s, 21, true);
    assert(r10.0 == SVSM_SUCCESS);
    let r11 = guest_pvalidate(&mut s, 22, true);
    assert(r11.0 == SVSM_SUCCESS);
    let r12 = guest_store(&mut s, 20, 0, efer);
    let ok27 = value_or_max(r12) == 0;
    assert(ok27);
    let r13 = guest_store(&mut s, 20, 1, 0x1234);
    let ok28 = value_or_max(r13) == 0;
    assert(ok28);
    s
}

#[test]
#[verifier::external_body]
pub fn test_create_and_delete_vcpu() {
    let mut s = guest_with_vmsa_page(EFER_SVME);
    let rc = guest_call(&mut s, SVSM_CORE_CREATE_VCPU, 20 * 4096, 21 * 4096, 7).0;
    assert(rc == SVSM_SUCCESS);
    let ok29 = s.hw.rmp[20].vmsa;
    assert(ok29);
    let ok30 = !s.hw.rmp[20].vmpl1.write;
    assert(ok30);
    let ok31 = s.vcpus.slots[0].used;
    assert(ok31);
    let ok32 = s.vcpus.slots[0].apic_id == 7;
    assert(ok32);
    // The guest can no longer touch its VMSA.
    let r14 = guest_store(&mut s, 20, 0, 0);
    let ok33 = is_npf(r14);
    assert(ok33);
    let ok34 = is_npf(guest_load(&s, 20, 1));
    assert(ok34);
    // The VMSA page cannot be validated again or used as a calling area.
    let r15 = guest_pvalidate(&mut s, 20, false);
    assert(r15.0 == SVSM_ERR_INVALID_ADDRESS);
    let r16 = guest_call(&mut s, SVSM_CORE_REMAP_CA, 0, 20 * 4096, 0);
    assert(r16.0 == SVSM_ERR_INVALID_PARAMETER);
    // Delete: the page comes back cleared.
    let rc2 = guest_call(&mut s, SVSM_CORE_DELETE_VCPU, 20 * 4096, 0, 0).0;
    assert(rc2 == SVSM_SUCCESS);
    let ok35 = !s.hw.rmp[20].vmsa;
    assert(ok35);
    let ok36 = !s.vcpus.slots[0].used;
    assert(ok36);
    let ok37 = value_or_max(guest_load(&s, 20, 1)) == 0;
    assert(ok37);
    let r17 = guest_store(&mut s, 20, 1, 5);
    let ok38 = value_or_max(r17) == 0;
    assert(ok38);
}

#[test]
#[verifier::external_body]
pub fn test_create_vcpu_bad_vmsa_is_undone() {
    let mut s = guest_with_vmsa_page(0);
    let rc = guest_call(&mut s, SVSM_CORE_CREATE_VCPU, 20 * 4096, 21 * 4096, 7).0;
    assert(rc == SVSM_ERR_INVALID_PARAMETER);
    let ok39 = !s.hw.rmp[20].vmsa;
    assert(ok39);
    let ok40 = s.hw.rmp[20].vmpl1.write;
    assert(ok40);
    let ok41 = !s.vcpus.slots[0].used;
    assert(ok41);
    // Still the guest's page, contents intact.
    let ok42 = value_or_max(guest_load(&s, 20, 1)) == 0x1234;
    assert(ok42);
}

#[test]
#[verifier::external_body]
pub fn test_create_vcpu_checks() {
    let mut s = guest_with_vmsa_page(EFER_SVME);
    // VMSA and calling area on the same page.
    let r18 = guest_call(&mut s, SVSM_CORE_CREATE_VCPU, 20 * 4096, 20 * 4096, 1);
    assert(r18.0 == SVSM_ERR_INVALID_PARAMETER);
    // A module page as the VMSA.
    let r19 = guest_call(&mut s, SVSM_CORE_CREATE_VCPU, 3 * 4096, 21 * 4096, 1);
    assert(r19.0 == SVSM_ERR_INVALID_ADDRESS);
    // A page the guest does not own yet.
    let r20 = guest_call(&mut s, SVSM_CORE_CREATE_VCPU, 30 * 4096, 21 * 4096, 1);
    assert(r20.0 == SVSM_ERR_INVALID_PARAMETER);
    // Misaligned.
    let r21 = guest_call(&mut s, SVSM_CORE_CREATE_VCPU, 20 * 4096 + 8, 21 * 4096, 1);
    assert(r21.0 == SVSM_ERR_INVALID_ADDRESS);
    let ok43 = !s.hw.rmp[20].vmsa;
    assert(ok43);
}

#[test]
#[verifier::external_body]
pub fn test_remap_ca() {
    let mut s = guest_with_vmsa_page(EFER_SVME);
    let r22 = guest_call(&mut s, SVSM_CORE_CREATE_VCPU, 20 * 4096, 21 * 4096, 1);
    assert(r22.0 == SVSM_SUCCESS);
    let r23 = guest_call(&mut s, SVSM_CORE_REMAP_CA, 0, 22 * 4096, 0);
    assert(r23.0 == SVSM_SUCCESS);
    let ok44 = s.vcpus.slots[0].caa_gfn == 22;
    assert(ok44);
    // No such vCPU.
    let r24 = guest_call(&mut s, SVSM_CORE_REMAP_CA, 1, 22 * 4096, 0);
    assert(r24.0 == SVSM_ERR_INVALID_PARAMETER);
    // Not the guest's page.
    let r25 = guest_call(&mut s, SVSM_CORE_REMAP_CA, 0, 4 * 4096, 0);
    assert(r25.0 == SVSM_ERR_INVALID_ADDRESS);
}

#[test]
#[verifier::external_body]
pub fn test_query_protocol_and_unknown_call() {
    let mut s = launch();
    let r = guest_call(&mut s, SVSM_CORE_QUERY_PROTOCOL, 1, 1, 0);
    assert(r.0 == SVSM_SUCCESS);
    assert(r.1 == 1);
    let r2 = guest_call(&mut s, SVSM_CORE_QUERY_PROTOCOL, 2, 5, 0);
    assert(r2.1 == 0);
    let r26 = guest_call(&mut s, 9, 0, 0, 0);
    assert(r26.0 == SVSM_ERR_UNSUPPORTED_CALL);
}

#[test]
#[verifier::external_body]
pub fn test_virt_addr_sign_extension() {
    let v = VirtAddr::from_ptr(0x0000_8000_0000_1000);
    let ok45 = v.bits() == 0xffff_8000_0000_1000;
    assert(ok45);
    let w = VirtAddr::from_ptr(0x1234_0000_0000_2000);
    let ok46 = w.bits() == 0x0000_0000_0000_2000;
    assert(ok46);
    let c = VirtAddr::checked_new(0x0000_8000_0000_0000);
    let ok47 = c.is_none();
    assert(ok47);
    let d = VirtAddr::from_ptr(0x7fff_ffff_f123);
    let ok48 = d.page_align_down().bits() == 0x7fff_ffff_f000;
    assert(ok48);
    let ok49 = d.page_offset() == 0x123;
    assert(ok49);
    let up = d.page_align_up();
    let ok50 = up.is_none();
    assert(ok50);
    let ok51 = align_down(0x12345) == 0x12000;
    assert(ok51);
    let ok52 = is_aligned(0x3000);
    assert(ok52);
}

#[test]
#[verifier::external_body]
pub fn test_hardware_rules() {
    let mut m = Machine::new();
    m.hv_rmpupdate(5, true, 5);
    // Only VMPL0 may PVALIDATE.
    let r27 = m.pvalidate(1, 5, false, true);
    assert(r27 == 1);
    // Size must match.
    let r28 = m.pvalidate(0, 5, true, true);
    assert(r28 == 6);
    let r29 = m.pvalidate(0, 5, false, true);
    assert(r29 == 0);
    let r30 = m.pvalidate(0, 5, false, true);
    assert(r30 == 0x100);
    // Write without read is refused.
    let wo = Perms { read: false, write: true, exec_user: false, exec_super: false };
    let r31 = m.rmpadjust(0, 5, false, 1, wo, false);
    assert(r31 == 1);
    // VMPL1 cannot give VMPL2 what it does not hold, nor touch VMPL1 or VMPL0.
    let r32 = m.rmpadjust(1, 5, false, 2, Perms::read_only(), false);
    assert(r32 == 2);
    let r33 = m.rmpadjust(1, 5, false, 1, Perms::none(), false);
    assert(r33 == 2);
    let r34 = m.rmpadjust(0, 5, false, 1, Perms::read_only(), false);
    assert(r34 == 0);
    let r35 = m.rmpadjust(1, 5, false, 2, Perms::read_only(), false);
    assert(r35 == 0);
    // Only VMPL0 sets the VMSA bit.
    let r36 = m.rmpadjust(1, 5, false, 2, Perms::none(), true);
    assert(r36 == 2);
    // RMPUPDATE keeps the contents but clears validation and permissions.
    let r37 = m.write_word(0, 5, 3, 77);
    let ok53 = value_or_max(r37) == 0;
    assert(ok53);
    m.hv_rmpupdate(5, true, 9);
    m.hv_remap(9, 5);
    let ok54 = !m.rmp[5].validated;
    assert(ok54);
    let ok55 = !m.rmp[5].vmpl1.read;
    assert(ok55);
    let ok56 = m.mem[5].w3 == 77;
    assert(ok56);
    let ok57 = vc_code(m.read_word(0, 9, 3)) == VC_PAGE_NOT_VALIDATED;
    assert(ok57);
}

} // verus!
