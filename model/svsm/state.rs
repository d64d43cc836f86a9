// The module's state, its invariant, its start-up (validating its own memory), and the
// adversary's steps lifted to the whole system so that the invariant is proved to survive
// anything the hypervisor or the guest OS does between two module calls.
use vstd::prelude::*;
use crate::hw::rmp::*;
use crate::hw::machine::*;
use crate::hw::pvalidate::*;
use crate::hw::rmpadjust::*;
use crate::hw::access::*;
use crate::hw::adversary::*;
use crate::svsm::mem::*;
use crate::svsm::lock::*;
use crate::svsm::vcpu::*;
use crate::svsm::props::*;

verus! {

/// The whole system: the hardware and the module's own state.
pub struct Svsm {
    pub hw: Machine,
    pub map: MemoryMap,
    pub pages: MemTable,
    pub vcpus: VcpuTable,
    pub lock: ValidationLock,
    /// Set when the module detected an attack; from then on it grants nothing.
    pub halted: bool,
}

impl Svsm {
    /// The invariant except for the lock (which handlers hold while they run).
    pub open spec fn inv_core(&self) -> bool {
        &&& prop1_rmp_well_formed(&self.hw)
        &&& self.map.wf()
        &&& self.pages.wf()
        &&& self.vcpus.wf()
        &&& self.lock.wf()
        &&& prop5_module_confidentiality(&self.hw, self.map)
        &&& prop10_vmsa_safe(&self.hw)
    }

    /// The invariant between two calls.
    pub open spec fn inv(&self) -> bool {
        &&& self.inv_core()
        &&& self.lock.is_free()
    }

    /// Nothing of the module's own bookkeeping besides the memory table changed.
    pub open spec fn same_config(&self, pre: &Svsm) -> bool {
        &&& self.map == pre.map
        &&& self.vcpus.slots@ == pre.vcpus.slots@
    }
}

/// Property 4 and 5 together, for the invariant.
pub proof fn lemma_inv_gives_integrity(s: &Svsm)
    requires
        s.inv_core(),
    ensures
        prop4_module_integrity(&s.hw, s.map),
        prop5_module_confidentiality(&s.hw, s.map),
{
    lemma_confidentiality_implies_integrity(&s.hw, s.map);
}

/// A machine fresh from power on (nothing assigned) satisfies properties 5 and 10.
pub proof fn lemma_fresh_machine_private(m: &Machine, map: MemoryMap)
    requires
        m.wf(),
        forall|i: int| 0 <= i < NUM_SPAS ==> (#[trigger] m.rmp@[i]).no_lower_perms(),
    ensures
        prop5_module_confidentiality(m, map),
        prop10_vmsa_safe(m),
{
    assert forall|i: int|
        0 <= i < m.rmp@.len() && is_module_entry(#[trigger] m.rmp@[i], map) implies m.rmp@[i].no_lower_perms() by {
        assert(m.rmp@[i].no_lower_perms());
    }
    assert forall|i: int| 0 <= i < m.rmp@.len() && (#[trigger] m.rmp@[i]).vmsa implies m.rmp@[i].no_lower_write() by {
        assert(m.rmp@[i].no_lower_perms());
    }
}

/// Validate one of the module's own pages at start-up.
/// Property 8: an "unchanged" result on the module's own memory means someone validated
/// it before the module did: an attack, so the module halts.
pub fn validate_own_page(s: &mut Svsm, gfn: usize) -> (rc: u64)
    requires
        old(s).inv(),
        old(s).map.is_module_gfn(gfn as int),
        gfn < NUM_GFNS,
    ensures
        s.inv(),
        s.same_config(old(s)),
        rc == PVALIDATE_UNCHANGED ==> s.halted,
        old(s).halted ==> s.halted,
        prop12_no_new_grants(&old(s).hw, &s.hw),
        assignment_kept(&old(s).hw, &s.hw),
        s.hw.mem@ == old(s).hw.mem@,
{
    let ghost before = s.hw;
    let rc = s.hw.pvalidate(0, gfn, false, true);
    proof {
        if rc == PVALIDATE_SUCCESS {
            let spa = before.spa_of(gfn as int);
            assert forall|i: int|
                0 <= i < s.hw.rmp@.len() && is_module_entry(#[trigger] s.hw.rmp@[i], s.map) implies s.hw.rmp@[i].no_lower_perms() by {
                if i != spa {
                    assert(s.hw.rmp@[i] == before.rmp@[i]);
                } else {
                    assert(s.hw.rmp@[i].same_except_validated(before.rmp@[i]));
                    assert(is_module_entry(before.rmp@[i], s.map));
                }
            }
            assert forall|i: int| 0 <= i < s.hw.rmp@.len() && (#[trigger] s.hw.rmp@[i]).vmsa implies s.hw.rmp@[i].no_lower_write() by {
                if i != spa {
                    assert(s.hw.rmp@[i] == before.rmp@[i]);
                } else {
                    assert(s.hw.rmp@[i].same_except_validated(before.rmp@[i]));
                }
            }
            assert forall|i: int| 0 <= i < before.rmp@.len() implies {
                &&& (#[trigger] s.hw.rmp@[i]).lower_perms_within(before.rmp@[i])
                &&& (lower_accessible(s.hw.rmp@[i]) ==> lower_accessible(before.rmp@[i]))
            } by {
                if i != spa {
                    assert(s.hw.rmp@[i] == before.rmp@[i]);
                } else {
                    // The module's own page: no lower VMPL holds anything on it.
                    assert(is_module_entry(before.rmp@[i], s.map));
                    assert(before.rmp@[i].no_lower_perms());
                }
            }
            assert forall|i: int| 0 <= i < before.rmp@.len() implies (#[trigger] s.hw.rmp@[i]).same_assignment(
                before.rmp@[i],
            ) by {
                if i != spa {
                    assert(s.hw.rmp@[i] == before.rmp@[i]);
                }
            }
        } else {
            lemma_rmp_unchanged_grants_nothing(&before, &s.hw);
        }
    }
    if rc == PVALIDATE_SUCCESS {
        s.pages.set(gfn, true, false);
    } else if rc == PVALIDATE_UNCHANGED {
        s.halted = true;
    }
    rc
}

/// Start the module: validate its own pages in order; stop at the first failure.
pub fn svsm_init(hw: Machine, map: MemoryMap) -> (s: Svsm)
    requires
        hw.wf(),
        map.wf(),
        prop5_module_confidentiality(&hw, map),
        prop10_vmsa_safe(&hw),
    ensures
        s.inv(),
        s.map == map,
{
    let mut s = Svsm {
        hw: hw,
        map: map,
        pages: MemTable::new(),
        vcpus: VcpuTable::new(),
        lock: ValidationLock::new(),
        halted: false,
    };
    let mut g: usize = map.module_start;
    while g < map.module_end
        invariant
            s.inv(),
            s.map == map,
            map.wf(),
            map.module_start <= g <= map.module_end,
        decreases map.module_end - g,
    {
        let rc = validate_own_page(&mut s, g);
        if rc != PVALIDATE_SUCCESS {
            break;
        }
        g = g + 1;
    }
    s
}

/// Launch: the hypervisor assigns every system page to the guest page of the same number
/// (the identity nested page table of a fresh machine), then the module starts.
pub fn launch() -> (s: Svsm)
    ensures
        s.inv(),
        s.map.module_start == 0,
        s.map.module_end == 8,
        s.map.guest_start == 8,
        s.map.guest_end == NUM_GFNS,
{
    let mut hw = Machine::new();
    let mut spa: usize = 0;
    while spa < NUM_SPAS
        invariant
            hw.wf(),
            spa <= NUM_SPAS,
            forall|i: int| 0 <= i < NUM_SPAS ==> (#[trigger] hw.rmp@[i]).no_lower_perms(),
        decreases NUM_SPAS - spa,
    {
        let ghost before = hw;
        hw.hv_rmpupdate(spa, true, spa);
        proof {
            // property 3: RMPUPDATE leaves no lower permission behind
            assert forall|i: int| 0 <= i < NUM_SPAS implies (#[trigger] hw.rmp@[i]).no_lower_perms() by {
                assert(hw.rmp@[i] == before.rmp@[i] || hw.rmp@[i].no_lower_perms());
            }
        }
        spa = spa + 1;
    }
    let map = MemoryMap::standard();
    proof {
        lemma_fresh_machine_private(&hw, map);
    }
    svsm_init(hw, map)
}

// ---------------------------------------------------------------------------------------
// The adversary between module calls (property 3, and the proof that properties 1, 4, 5
// and 10 survive it).

/// The hypervisor reassigns a system page.
pub fn adversary_rmpupdate(s: &mut Svsm, spa: usize, assigned: bool, gfn: usize)
    requires
        old(s).inv(),
        spa < NUM_SPAS,
    ensures
        s.inv(),
        s.same_config(old(s)),
        s.halted == old(s).halted,
        prop3_adversary(&old(s).hw, &s.hw),
        s.hw.mem@ == old(s).hw.mem@,
{
    let ghost before = s.hw;
    s.hw.hv_rmpupdate(spa, assigned, gfn);
    proof {
        lemma_adversary_preserves_privacy(&before, &s.hw, s.map);
    }
}

/// The hypervisor changes the nested page table.
pub fn adversary_remap(s: &mut Svsm, gfn: usize, spa: usize)
    requires
        old(s).inv(),
        gfn < NUM_GFNS,
        spa <= NO_SPA,
    ensures
        s.inv(),
        s.same_config(old(s)),
        s.halted == old(s).halted,
        prop3_adversary(&old(s).hw, &s.hw),
{
    let ghost before = s.hw;
    s.hw.hv_remap(gfn, spa);
    proof {
        lemma_adversary_preserves_privacy(&before, &s.hw, s.map);
    }
}

/// The hypervisor writes a page it owns.
pub fn adversary_write(s: &mut Svsm, spa: usize, word: u8, v: u64) -> (ok: bool)
    requires
        old(s).inv(),
        spa < NUM_SPAS,
        word < WORDS_PER_PAGE,
    ensures
        s.inv(),
        s.same_config(old(s)),
        s.halted == old(s).halted,
        prop3_adversary(&old(s).hw, &s.hw),
{
    let ghost before = s.hw;
    let ok = s.hw.hv_write(spa, word, v);
    proof {
        lemma_adversary_preserves_privacy(&before, &s.hw, s.map);
    }
    ok
}

/// The guest OS adjusts VMPL2/3 rights on one of its pages.
pub fn guest_adjust(s: &mut Svsm, gfn: usize, target: u8, p: Perms) -> (rc: u64)
    requires
        old(s).inv(),
        gfn < NUM_GFNS,
    ensures
        s.inv(),
        s.same_config(old(s)),
        s.halted == old(s).halted,
{
    let ghost before = s.hw;
    let rc = s.hw.guest_rmpadjust(gfn, target, p);
    proof {
        if rc == RMPADJUST_SUCCESS {
            lemma_guest_adjust_preserves_privacy(&before, &s.hw, s.map, gfn as int, target, p);
        }
    }
    rc
}

/// The guest OS writes one of its pages.
pub fn guest_store(s: &mut Svsm, gfn: usize, word: u8, v: u64) -> (r: Access)
    requires
        old(s).inv(),
        gfn < NUM_GFNS,
        word < WORDS_PER_PAGE,
    ensures
        s.inv(),
        s.same_config(old(s)),
        s.halted == old(s).halted,
        s.hw.rmp@ == old(s).hw.rmp@,
{
    s.hw.guest_write(gfn, word, v)
}

/// The guest OS reads one of its pages.
pub fn guest_load(s: &Svsm, gfn: usize, word: u8) -> (r: Access)
    requires
        s.inv(),
        gfn < NUM_GFNS,
        word < WORDS_PER_PAGE,
    ensures
        r is Done ==> access_allowed(&s.hw, 1, gfn as int, false),
        r is Done ==> r == Access::Done(s.hw.mem@[s.hw.spa_of(gfn as int)].word(word)),
{
    s.hw.guest_read(gfn, word)
}

/// The module writes one of its own pages (for example, to keep a secret there).
pub fn module_store(s: &mut Svsm, gfn: usize, word: u8, v: u64) -> (r: Access)
    requires
        old(s).inv(),
        old(s).map.is_module_gfn(gfn as int),
        gfn < NUM_GFNS,
        word < WORDS_PER_PAGE,
    ensures
        s.inv(),
        s.same_config(old(s)),
        s.halted == old(s).halted,
        s.hw.rmp@ == old(s).hw.rmp@,
{
    s.hw.write_word(0, gfn, word, v)
}

/// The module reads one of its own pages.
pub fn module_load(s: &Svsm, gfn: usize, word: u8) -> (r: Access)
    requires
        s.inv(),
        gfn < NUM_GFNS,
        word < WORDS_PER_PAGE,
    ensures
        r is Done ==> r == Access::Done(s.hw.mem@[s.hw.spa_of(gfn as int)].word(word)),
{
    s.hw.read_word(0, gfn, word)
}

} // verus!
