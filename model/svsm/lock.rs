// The lock that serialises validation: page validation changes the RMP and the module's
// memory table together, so only one vCPU may be inside it at a time.
use vstd::prelude::*;

verus! {

/// No owner.
pub const NO_OWNER: u64 = 0xffff_ffff_ffff_ffff;

pub struct ValidationLock {
    pub locked: bool,
    pub owner: u64,
}

impl ValidationLock {
    pub open spec fn wf(&self) -> bool {
        self.locked <==> self.owner != NO_OWNER
    }

    pub open spec fn held_by(&self, cpu: u64) -> bool {
        self.locked && self.owner == cpu
    }

    pub open spec fn is_free(&self) -> bool {
        !self.locked
    }

    pub fn new() -> (l: ValidationLock)
        ensures
            l.wf(),
            l.is_free(),
    {
        ValidationLock { locked: false, owner: NO_OWNER }
    }

    /// Take the lock if it is free; the emulation is single threaded, so a busy lock is
    /// reported instead of spun on.
    pub fn try_acquire(&mut self, cpu: u64) -> (ok: bool)
        requires
            old(self).wf(),
            cpu != NO_OWNER,
        ensures
            self.wf(),
            ok <==> old(self).is_free(),
            ok ==> self.held_by(cpu),
            !ok ==> self.locked == old(self).locked && self.owner == old(self).owner,
    {
        if self.locked {
            return false;
        }
        self.locked = true;
        self.owner = cpu;
        true
    }

    pub fn release(&mut self, cpu: u64)
        requires
            old(self).wf(),
            old(self).held_by(cpu),
        ensures
            self.wf(),
            self.is_free(),
    {
        self.locked = false;
        self.owner = NO_OWNER;
    }

    pub fn is_held_by(&self, cpu: u64) -> (b: bool)
        ensures
            b == self.held_by(cpu),
    {
        self.locked && self.owner == cpu
    }
}

} // verus!
