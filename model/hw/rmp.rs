// The Reverse Map Table: one entry per system physical page (SPA page).
//
// An entry says whether the page is assigned to a guest, whether the guest validated it,
// its page size, the guest ASID and guest physical page (GFN) it is assigned to, the VMSA
// bit, and the permission masks of VMPL1-3 (VMPL0 always has every permission).
use vstd::prelude::*;

verus! {

/// Size of a 4K page in bytes.
pub const PAGE_SIZE: u64 = 4096;

/// Number of emulated system physical pages (the RMP has one entry per page).
pub const NUM_SPAS: usize = 64;

/// Number of guest physical pages; the nested page table maps each to an SPA page.
pub const NUM_GFNS: usize = 64;

/// A nested page table value that maps a guest page to nothing.
pub const NO_SPA: usize = 64;

/// The ASID of the one confidential guest this emulation runs.
pub const GUEST_ASID: u64 = 1;

/// Highest VMPL number (VMPL0 is the most privileged).
pub const MAX_VMPL: u8 = 3;

/// The permission mask one VMPL holds on one page.
#[derive(Clone, Copy)]
pub struct Perms {
    pub read: bool,
    pub write: bool,
    pub exec_user: bool,
    pub exec_super: bool,
}

impl Perms {
    /// Property 1 (part): write without read is not allowed.
    pub open spec fn wf(self) -> bool {
        self.write ==> self.read
    }

    pub open spec fn is_none(self) -> bool {
        !self.read && !self.write && !self.exec_user && !self.exec_super
    }

    /// Every permission of `self` is also held by `other`.
    pub open spec fn subset_of(self, other: Perms) -> bool {
        &&& (self.read ==> other.read)
        &&& (self.write ==> other.write)
        &&& (self.exec_user ==> other.exec_user)
        &&& (self.exec_super ==> other.exec_super)
    }

    pub open spec fn same(self, other: Perms) -> bool {
        &&& self.read == other.read
        &&& self.write == other.write
        &&& self.exec_user == other.exec_user
        &&& self.exec_super == other.exec_super
    }

    pub fn none() -> (p: Perms)
        ensures
            p.is_none(),
            p.wf(),
    {
        Perms { read: false, write: false, exec_user: false, exec_super: false }
    }

    pub fn all() -> (p: Perms)
        ensures
            p.read && p.write && p.exec_user && p.exec_super,
            p.wf(),
            !p.is_none(),
    {
        Perms { read: true, write: true, exec_user: true, exec_super: true }
    }

    /// What the module gives the guest OS on the guest's own pages: everything (the guest
    /// reads, writes and runs code from them).
    pub fn guest_rw() -> (p: Perms)
        ensures
            p.read && p.write && p.exec_user && p.exec_super,
            p.wf(),
            !p.is_none(),
    {
        Perms { read: true, write: true, exec_user: true, exec_super: true }
    }

    pub fn read_only() -> (p: Perms)
        ensures
            p.read && !p.write && !p.exec_user && !p.exec_super,
            p.wf(),
            !p.is_none(),
    {
        Perms { read: true, write: false, exec_user: false, exec_super: false }
    }

    pub fn is_none_exec(&self) -> (b: bool)
        ensures
            b == self.is_none(),
    {
        !self.read && !self.write && !self.exec_user && !self.exec_super
    }

    pub fn is_wf_exec(&self) -> (b: bool)
        ensures
            b == self.wf(),
    {
        !self.write || self.read
    }

    pub fn is_subset_of(&self, other: &Perms) -> (b: bool)
        ensures
            b == self.subset_of(*other),
    {
        (!self.read || other.read) && (!self.write || other.write) && (!self.exec_user
            || other.exec_user) && (!self.exec_super || other.exec_super)
    }
}

/// One RMP entry.
#[derive(Clone, Copy)]
pub struct RmpEntry {
    pub assigned: bool,
    pub validated: bool,
    /// Page size: false = 4K, true = 2M.
    pub huge: bool,
    pub immutable: bool,
    pub asid: u64,
    /// The guest physical page this system page is assigned to.
    pub gfn: usize,
    pub vmsa: bool,
    pub vmpl1: Perms,
    pub vmpl2: Perms,
    pub vmpl3: Perms,
}

impl RmpEntry {
    /// Property 1: RMP entries stay well formed (validated implies assigned; write implies read).
    pub open spec fn wf(self) -> bool {
        &&& (self.validated ==> self.assigned)
        &&& self.vmpl1.wf()
        &&& self.vmpl2.wf()
        &&& self.vmpl3.wf()
    }

    /// The permissions of a lower VMPL (1..3); VMPL0 is not stored.
    pub open spec fn perms(self, vmpl: u8) -> Perms {
        if vmpl == 1 {
            self.vmpl1
        } else if vmpl == 2 {
            self.vmpl2
        } else {
            self.vmpl3
        }
    }

    /// No VMPL1-3 permission of any kind.
    pub open spec fn no_lower_perms(self) -> bool {
        self.vmpl1.is_none() && self.vmpl2.is_none() && self.vmpl3.is_none()
    }

    /// No VMPL1-3 write permission.
    pub open spec fn no_lower_write(self) -> bool {
        !self.vmpl1.write && !self.vmpl2.write && !self.vmpl3.write
    }

    /// The lower VMPL permissions of `self` are all within those of `other`.
    pub open spec fn lower_perms_within(self, other: RmpEntry) -> bool {
        self.vmpl1.subset_of(other.vmpl1) && self.vmpl2.subset_of(other.vmpl2)
            && self.vmpl3.subset_of(other.vmpl3)
    }

    /// The fields that only the hypervisor (RMPUPDATE) may change.
    pub open spec fn same_assignment(self, other: RmpEntry) -> bool {
        &&& self.assigned == other.assigned
        &&& self.huge == other.huge
        &&& self.immutable == other.immutable
        &&& self.asid == other.asid
        &&& self.gfn == other.gfn
    }

    pub open spec fn same_lower_perms(self, other: RmpEntry) -> bool {
        self.vmpl1.same(other.vmpl1) && self.vmpl2.same(other.vmpl2) && self.vmpl3.same(
            other.vmpl3,
        )
    }

    /// Property 2 (PVALIDATE): everything but `validated` is unchanged.
    pub open spec fn same_except_validated(self, other: RmpEntry) -> bool {
        &&& self.same_assignment(other)
        &&& self.vmsa == other.vmsa
        &&& self.same_lower_perms(other)
    }

    /// Property 2 (RMPADJUST): only the target's permissions and the VMSA bit changed.
    pub open spec fn adjusted_from(self, pre: RmpEntry, target: u8, p: Perms, vmsa: bool) -> bool {
        &&& self.same_assignment(pre)
        &&& self.validated == pre.validated
        &&& self.vmsa == vmsa
        &&& self.perms(target).same(p)
        &&& (target != 1 ==> self.vmpl1.same(pre.vmpl1))
        &&& (target != 2 ==> self.vmpl2.same(pre.vmpl2))
        &&& (target != 3 ==> self.vmpl3.same(pre.vmpl3))
    }

    /// The entry belongs to the emulated guest at guest page `gfn`.
    pub open spec fn maps_guest_page(self, gfn: int) -> bool {
        self.assigned && self.asid == GUEST_ASID && self.gfn == gfn
    }

    /// An entry for a page the hypervisor keeps for itself.
    pub fn unassigned() -> (e: RmpEntry)
        ensures
            e.wf(),
            !e.assigned,
            !e.validated,
            !e.vmsa,
            e.no_lower_perms(),
    {
        RmpEntry {
            assigned: false,
            validated: false,
            huge: false,
            immutable: false,
            asid: 0,
            gfn: 0,
            vmsa: false,
            vmpl1: Perms::none(),
            vmpl2: Perms::none(),
            vmpl3: Perms::none(),
        }
    }

    /// The entry RMPUPDATE writes when it assigns a page to the guest (or takes it back).
    pub fn fresh_assignment(assigned: bool, gfn: usize) -> (e: RmpEntry)
        ensures
            e.wf(),
            e.assigned == assigned,
            assigned ==> e.asid == GUEST_ASID,
            e.gfn == gfn,
            !e.validated,
            !e.vmsa,
            !e.huge,
            e.no_lower_perms(),
    {
        RmpEntry {
            assigned,
            validated: false,
            huge: false,
            immutable: false,
            asid: if assigned {
                GUEST_ASID
            } else {
                0
            },
            gfn,
            vmsa: false,
            vmpl1: Perms::none(),
            vmpl2: Perms::none(),
            vmpl3: Perms::none(),
        }
    }

    pub fn with_validated(&self, validated: bool) -> (e: RmpEntry)
        ensures
            e.same_except_validated(*self),
            e.validated == validated,
    {
        RmpEntry {
            assigned: self.assigned,
            validated: validated,
            huge: self.huge,
            immutable: self.immutable,
            asid: self.asid,
            gfn: self.gfn,
            vmsa: self.vmsa,
            vmpl1: self.vmpl1,
            vmpl2: self.vmpl2,
            vmpl3: self.vmpl3,
        }
    }

    pub fn get_perms(&self, vmpl: u8) -> (p: Perms)
        requires
            1 <= vmpl <= 3,
        ensures
            p.same(self.perms(vmpl)),
            p.wf() == self.perms(vmpl).wf(),
            p.is_none() == self.perms(vmpl).is_none(),
    {
        if vmpl == 1 {
            self.vmpl1
        } else if vmpl == 2 {
            self.vmpl2
        } else {
            self.vmpl3
        }
    }

    pub fn with_perms(&self, target: u8, p: Perms, vmsa: bool) -> (e: RmpEntry)
        requires
            1 <= target <= 3,
        ensures
            e.adjusted_from(*self, target, p, vmsa),
            e.vmpl1.wf() == (if target == 1 { p.wf() } else { self.vmpl1.wf() }),
            e.vmpl2.wf() == (if target == 2 { p.wf() } else { self.vmpl2.wf() }),
            e.vmpl3.wf() == (if target == 3 { p.wf() } else { self.vmpl3.wf() }),
    {
        if target == 1 {
            RmpEntry {
                assigned: self.assigned,
                validated: self.validated,
                huge: self.huge,
                immutable: self.immutable,
                asid: self.asid,
                gfn: self.gfn,
                vmsa: vmsa,
                vmpl1: p,
                vmpl2: self.vmpl2,
                vmpl3: self.vmpl3,
            }
        } else if target == 2 {
            RmpEntry {
                assigned: self.assigned,
                validated: self.validated,
                huge: self.huge,
                immutable: self.immutable,
                asid: self.asid,
                gfn: self.gfn,
                vmsa: vmsa,
                vmpl1: self.vmpl1,
                vmpl2: p,
                vmpl3: self.vmpl3,
            }
        } else {
            RmpEntry {
                assigned: self.assigned,
                validated: self.validated,
                huge: self.huge,
                immutable: self.immutable,
                asid: self.asid,
                gfn: self.gfn,
                vmsa: vmsa,
                vmpl1: self.vmpl1,
                vmpl2: self.vmpl2,
                vmpl3: p,
            }
        }
    }

    pub fn has_no_lower_perms(&self) -> (b: bool)
        ensures
            b == self.no_lower_perms(),
    {
        self.vmpl1.is_none_exec() && self.vmpl2.is_none_exec() && self.vmpl3.is_none_exec()
    }

    pub fn is_guest_page(&self, gfn: usize) -> (b: bool)
        ensures
            b == self.maps_guest_page(gfn as int),
    {
        self.assigned && self.asid == GUEST_ASID && self.gfn == gfn
    }
}

/// Perms that agree field by field have the same derived facts.
pub proof fn lemma_same_perms(a: Perms, b: Perms)
    requires
        a.same(b),
    ensures
        a.wf() == b.wf(),
        a.is_none() == b.is_none(),
        a.write == b.write,
        a.read == b.read,
{
}

/// An entry whose lower permissions are within those of an entry without any has none.
pub proof fn lemma_within_none(a: RmpEntry, b: RmpEntry)
    requires
        a.lower_perms_within(b),
        b.no_lower_perms(),
    ensures
        a.no_lower_perms(),
        a.no_lower_write(),
{
}

} // verus!
