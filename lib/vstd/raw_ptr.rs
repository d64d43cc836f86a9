//! Raw pointers (`*const T`, `*mut T`, std's `NonNull<T>`) with vstd's pointer model, as
//! vstd's `raw_ptr` documents it: a pointer is its address, its provenance and its metadata
//! (`ptr@`, a `PtrData`); `ptr as usize` and `ptr.addr()` are the address; two pointers are
//! equal exactly when their views are. Only thin pointers (metadata `()`) exist here.
//!
//! Proofgate writes `*const T` as `ConstPtr<T>` and `*mut T` as `MutPtr<T>` (these two names
//! are Proofgate's, never written in checked code: src/check/raw-ptr.ts maps the types to
//! them). Each holds its address and, as ghost state, its provenance, so the pointer and its
//! view determine each other (vstd's `axiom_ptr_mut_from_data` and `ptrs_mut_eq`).
//! `Provenance`'s private identity only makes provenances many; nothing is known of them but
//! what the items below say.
verus! {

/// A pointer's provenance (abstract, as in vstd).
pub ghost struct Provenance {
    id: int,
}

impl Provenance {
    /// The provenance of the null pointer ("no provenance").
    pub uninterp spec fn null() -> Self;
}

/// The model of a thin pointer: its address, its provenance and its (trivial) metadata.
pub ghost struct PtrData<T> {
    pub addr: usize,
    pub provenance: Provenance,
    pub metadata: (),
}

/// `*mut T`.
pub struct MutPtr<T> {
    addr: usize,
    provenance: Ghost<Provenance>,
}

/// `*const T`.
pub struct ConstPtr<T> {
    addr: usize,
    provenance: Ghost<Provenance>,
}

impl<T> View for MutPtr<T> {
    type V = PtrData<T>;

    open spec fn view(&self) -> PtrData<T> {
        PtrData { addr: self.addr, provenance: self.provenance@, metadata: () }
    }
}

impl<T> View for ConstPtr<T> {
    type V = PtrData<T>;

    open spec fn view(&self) -> PtrData<T> {
        PtrData { addr: self.addr, provenance: self.provenance@, metadata: () }
    }
}

/// The `*mut T` whose view is `data`.
pub open spec fn ptr_mut_from_data<T>(data: PtrData<T>) -> MutPtr<T> {
    MutPtr { addr: data.addr, provenance: Ghost(data.provenance) }
}

/// The `*const T` whose view is `data`.
pub open spec fn ptr_from_data<T>(data: PtrData<T>) -> ConstPtr<T> {
    ConstPtr { addr: data.addr, provenance: Ghost(data.provenance) }
}

/// The null `*const T`.
pub open spec fn ptr_null<T>() -> ConstPtr<T> {
    ptr_from_data(PtrData::<T> { addr: 0, provenance: Provenance::null(), metadata: () })
}

/// The null `*mut T`.
pub open spec fn ptr_null_mut<T>() -> MutPtr<T> {
    ptr_mut_from_data(PtrData::<T> { addr: 0, provenance: Provenance::null(), metadata: () })
}

/// `ptr as usize` (src/ir: the address; the cast to another integer type clips it).
pub open spec fn spec_cast_ptr_to_usize<T>(ptr: MutPtr<T>) -> usize {
    ptr@.addr
}

impl<T> MutPtr<T> {
    /// `ptr.addr()` in spec code.
    pub open spec fn spec_addr(self) -> usize {
        self@.addr
    }

    /// The address (std's `addr`).
    #[verifier::when_used_as_spec(spec_addr)]
    pub fn addr(self) -> (a: usize)
        ensures
            a == self@.addr,
    {
        self.addr
    }

    /// Whether the address is 0 (std's `is_null` on a thin pointer).
    pub fn is_null(self) -> (b: bool)
        ensures
            b == (self@.addr == 0),
    {
        self.addr == 0
    }
}

impl<T> ConstPtr<T> {
    /// `ptr.addr()` in spec code.
    pub open spec fn spec_addr(self) -> usize {
        self@.addr
    }

    /// The address (std's `addr`).
    #[verifier::when_used_as_spec(spec_addr)]
    pub fn addr(self) -> (a: usize)
        ensures
            a == self@.addr,
    {
        self.addr
    }

    /// Whether the address is 0 (std's `is_null` on a thin pointer).
    pub fn is_null(self) -> (b: bool)
        ensures
            b == (self@.addr == 0),
    {
        self.addr == 0
    }
}

impl<T> MutPtr<T> {
    /// `ptr.add(count)` in spec code: `count` elements further, the provenance kept.
    pub open spec fn spec_add(self, count: usize) -> MutPtr<T> {
        ptr_mut_from_data(PtrData::<T> {
            addr: (self@.addr + count * crate::layout::size_of::<T>()) as usize,
            provenance: self@.provenance,
            metadata: (),
        })
    }

    /// std's `add`: the address moves by `count * size_of::<T>()`, which must not overflow.
    #[verifier::when_used_as_spec(spec_add)]
    pub fn add(self, count: usize) -> (q: MutPtr<T>)
        requires
            self@.addr + count * crate::layout::size_of::<T>() <= usize::MAX,
        ensures
            q == self.spec_add(count),
    {
        let size = crate::layout::std_size_of::<T>();
        MutPtr { addr: self.addr + count * size, provenance: self.provenance }
    }

    /// `ptr.wrapping_add(count)` in spec code: the address wraps around (modulo 2^64).
    pub open spec fn spec_wrapping_add(self, count: usize) -> MutPtr<T> {
        ptr_mut_from_data(PtrData::<T> {
            addr: ((self@.addr + count * crate::layout::size_of::<T>()) % (usize::MAX + 1)) as usize,
            provenance: self@.provenance,
            metadata: (),
        })
    }

    /// std's `wrapping_add`: `add` with the address wrapping around.
    #[verifier::when_used_as_spec(spec_wrapping_add)]
    pub fn wrapping_add(self, count: usize) -> (q: MutPtr<T>)
        ensures
            q == self.spec_wrapping_add(count),
    {
        let size = crate::layout::std_size_of::<T>();
        let addr = self.addr.wrapping_add(count.wrapping_mul(size));
        proof {
            lemma_wrapping_offset(self.addr as int, count as int, size as int);
        }
        MutPtr { addr, provenance: self.provenance }
    }
}

impl<T> ConstPtr<T> {
    /// `ptr.add(count)` in spec code: `count` elements further, the provenance kept.
    pub open spec fn spec_add(self, count: usize) -> ConstPtr<T> {
        ptr_from_data(PtrData::<T> {
            addr: (self@.addr + count * crate::layout::size_of::<T>()) as usize,
            provenance: self@.provenance,
            metadata: (),
        })
    }

    /// std's `add`: the address moves by `count * size_of::<T>()`, which must not overflow.
    #[verifier::when_used_as_spec(spec_add)]
    pub fn add(self, count: usize) -> (q: ConstPtr<T>)
        requires
            self@.addr + count * crate::layout::size_of::<T>() <= usize::MAX,
        ensures
            q == self.spec_add(count),
    {
        let size = crate::layout::std_size_of::<T>();
        ConstPtr { addr: self.addr + count * size, provenance: self.provenance }
    }

    /// `ptr.wrapping_add(count)` in spec code: the address wraps around (modulo 2^64).
    pub open spec fn spec_wrapping_add(self, count: usize) -> ConstPtr<T> {
        ptr_from_data(PtrData::<T> {
            addr: ((self@.addr + count * crate::layout::size_of::<T>()) % (usize::MAX + 1)) as usize,
            provenance: self@.provenance,
            metadata: (),
        })
    }

    /// std's `wrapping_add`: `add` with the address wrapping around.
    #[verifier::when_used_as_spec(spec_wrapping_add)]
    pub fn wrapping_add(self, count: usize) -> (q: ConstPtr<T>)
        ensures
            q == self.spec_wrapping_add(count),
    {
        let size = crate::layout::std_size_of::<T>();
        let addr = self.addr.wrapping_add(count.wrapping_mul(size));
        proof {
            lemma_wrapping_offset(self.addr as int, count as int, size as int);
        }
        ConstPtr { addr, provenance: self.provenance }
    }
}

/// The wrapped product, then the wrapped sum, is the sum wrapped once (modulo 2^64).
proof fn lemma_wrapping_offset(a: int, n: int, s: int)
    requires
        0 <= a <= usize::MAX,
        0 <= n <= usize::MAX,
        0 <= s <= usize::MAX,
    ensures
        (a + (n * s) % (usize::MAX + 1)) % (usize::MAX + 1) == (a + n * s) % (usize::MAX + 1),
{
    crate::arithmetic::div_mod::lemma_add_mod_noop(a, n * s, usize::MAX + 1);
    crate::arithmetic::div_mod::lemma_small_mod(a as nat, (usize::MAX + 1) as nat);
}

/// std's `core::ptr::null`.
#[verifier::when_used_as_spec(ptr_null)]
pub fn null<T>() -> (res: ConstPtr<T>)
    ensures
        res == ptr_null::<T>(),
{
    ConstPtr { addr: 0, provenance: Ghost(Provenance::null()) }
}

/// std's `core::ptr::null_mut`.
#[verifier::when_used_as_spec(ptr_null_mut)]
pub fn null_mut<T>() -> (res: MutPtr<T>)
    ensures
        res == ptr_null_mut::<T>(),
{
    MutPtr { addr: 0, provenance: Ghost(Provenance::null()) }
}

/// std's `NonNull<T>`: a `*mut T` that is not null.
pub struct NonNull<T> {
    ptr: MutPtr<T>,
}

impl<T> NonNull<T> {
    #[verifier::type_invariant]
    closed spec fn non_null(self) -> bool {
        self.ptr@.addr != 0
    }

    /// The pointer (its address is not 0).
    pub closed spec fn spec_as_ptr(self) -> MutPtr<T> {
        self.ptr
    }

    /// std's `NonNull::as_ptr`.
    #[verifier::when_used_as_spec(spec_as_ptr)]
    pub fn as_ptr(self) -> (p: MutPtr<T>)
        ensures
            p == self.spec_as_ptr(),
            p@.addr != 0,
    {
        proof {
            use_type_invariant(&self);
        }
        self.ptr
    }

    /// std's `NonNull::new`: `Some` exactly for a pointer that is not null.
    pub fn new(ptr: MutPtr<T>) -> (r: Option<NonNull<T>>)
        ensures
            ptr@.addr == 0 <==> r is None,
            r is Some ==> r->Some_0.spec_as_ptr() == ptr,
    {
        if ptr.addr == 0 {
            None
        } else {
            Some(NonNull { ptr })
        }
    }
}

/// A permission showing that a provenance has been exposed (tracked, as in vstd).
pub tracked struct IsExposed {
    provenance: Ghost<Provenance>,
}

impl IsExposed {
    /// The exposed provenance.
    pub open spec fn view(self) -> Provenance {
        self.provenance()
    }

    /// The exposed provenance.
    pub closed spec fn provenance(self) -> Provenance {
        self.provenance@
    }

    /// The null provenance may always be taken as exposed.
    pub proof fn null() -> (tracked exp: IsExposed)
        ensures
            exp.provenance() == Provenance::null(),
    {
        IsExposed { provenance: Ghost(Provenance::null()) }
    }
}

/// Exposes a pointer's provenance (std's `expose_provenance`, vstd's spec): the permission to
/// make pointers of it from addresses.
pub fn expose_provenance<T>(m: MutPtr<T>) -> (provenance: Tracked<IsExposed>)
    ensures
        provenance@@ == m@.provenance,
{
    let tracked exp = IsExposed { provenance: Ghost(m@.provenance) };
    Tracked(exp)
}

/// The pointer at `addr` with an exposed provenance (std's `with_exposed_provenance_mut`,
/// vstd's `with_exposed_provenance`).
pub fn with_exposed_provenance<T>(addr: usize, Tracked(provenance): Tracked<IsExposed>) -> (p: MutPtr<T>)
    ensures
        p == ptr_mut_from_data::<T>(PtrData::<T> { addr: addr, provenance: provenance@, metadata: () }),
{
    MutPtr { addr, provenance: Ghost(provenance@) }
}

/// Permission to access uninitialized memory: a set of addresses of one provenance (tracked,
/// as in vstd; only its two views are modelled).
pub tracked struct PointsToRaw {
    provenance: Ghost<Provenance>,
    dom: Ghost<Set<int>>,
}

impl PointsToRaw {
    /// The provenance of the allocation the permission is for.
    pub closed spec fn provenance(self) -> Provenance {
        self.provenance@
    }

    /// The addresses the permission gives access to.
    pub closed spec fn dom(self) -> Set<int> {
        self.dom@
    }

    /// Whether the domain is exactly `start .. start + len`.
    pub open spec fn is_range(self, start: int, len: int) -> bool {
        Set::<int>::range(start, start + len) =~= self.dom()
    }

    /// Whether the domain holds `start .. start + len`.
    pub open spec fn contains_range(self, start: int, len: int) -> bool {
        Set::<int>::range(start, start + len).subset_of(self.dom())
    }

    /// A permission for no address, of the given provenance.
    pub proof fn empty(provenance: Provenance) -> (tracked points_to_raw: Self)
        ensures
            points_to_raw.dom() == Set::<int>::empty(),
            points_to_raw.provenance() == provenance,
    {
        PointsToRaw { provenance: Ghost(provenance), dom: Ghost(Set::empty()) }
    }

    /// Splits off the permission for the addresses `range` (which it must hold); the
    /// second part holds the rest.
    pub proof fn split(tracked self, range: Set<int>) -> (tracked res: (Self, Self))
        requires
            range.subset_of(self.dom()),
        ensures
            res.0.provenance() == self.provenance(),
            res.1.provenance() == self.provenance(),
            res.0.dom() == range,
            res.1.dom() == self.dom().difference(range),
    {
        (
            PointsToRaw { provenance: Ghost(self.provenance@), dom: Ghost(range) },
            PointsToRaw { provenance: Ghost(self.provenance@), dom: Ghost(self.dom@.difference(range)) },
        )
    }

    /// Joins two permissions of one provenance into one for the addresses of both.
    pub proof fn join(tracked self, tracked other: Self) -> (tracked joined: Self)
        requires
            self.provenance() == other.provenance(),
        ensures
            joined.provenance() == self.provenance(),
            joined.dom() == self.dom() + other.dom(),
    {
        PointsToRaw { provenance: Ghost(self.provenance@), dom: Ghost(self.dom@ + other.dom@) }
    }
}

/// The contents of a cell of memory: initialized with a value, or not.
pub enum MemContents<T> {
    Uninit,
    Init(T),
}

impl<T> MemContents<T> {
    /// It holds a value.
    pub open spec fn is_init(&self) -> bool {
        *self is Init
    }

    /// It holds no value.
    pub open spec fn is_uninit(&self) -> bool {
        *self is Uninit
    }

    /// The value it holds (meaningful when `is_init`).
    pub open spec fn value(&self) -> T
        recommends
            self.is_init(),
    {
        self->Init_0
    }
}

/// What a `PointsTo` permission says: the pointer and the memory behind it.
pub ghost struct PointsToData<T> {
    pub ptr: MutPtr<T>,
    pub opt_value: MemContents<T>,
}

/// The permission to read and write the memory of one `T` at a pointer (tracked, as in vstd):
/// opaque, known by its view (`PointsToData`) only.
#[verifier::external_body]
#[verifier::accept_recursive_types(T)]
pub tracked struct PointsTo<T> {
    dummy: Ghost<Option<T>>,
}

impl<T> PointsTo<T> {
    /// The permission's pointer and contents.
    pub uninterp spec fn view(&self) -> PointsToData<T>;

    /// The pointer the permission is for.
    pub open spec fn ptr(&self) -> MutPtr<T> {
        self.view().ptr
    }

    /// The memory it gives access to, possibly uninitialized.
    pub open spec fn opt_value(&self) -> MemContents<T> {
        self.view().opt_value
    }

    /// Whether the memory is initialized.
    pub open spec fn is_init(&self) -> bool {
        self.opt_value().is_init()
    }

    /// Whether the memory is uninitialized.
    pub open spec fn is_uninit(&self) -> bool {
        self.opt_value().is_uninit()
    }

    /// The value in the memory (meaningful when `is_init`).
    pub open spec fn value(&self) -> T
        recommends
            self.is_init(),
    {
        self.opt_value().value()
    }

    /// A permission's pointer is not null (an invariant of the type, as in vstd).
    #[verifier::external_body]
    pub proof fn is_nonnull(tracked &self)
        ensures
            self@.ptr@.addr != 0,
    {
    }

    /// Forgets the value in the memory (no run-time effect).
    #[verifier::external_body]
    pub proof fn leak_contents(tracked &mut self)
        ensures
            final(self).ptr() == old(self).ptr(),
            final(self).is_uninit(),
    {
    }
}

/// Writes `v` at `ptr` (std's `core::ptr::write`) under the permission `perm`.
#[verifier::external_body]
pub fn ptr_mut_write<T>(ptr: MutPtr<T>, Tracked(perm): Tracked<&mut PointsTo<T>>, v: T)
    requires
        old(perm).ptr() == ptr,
    ensures
        final(perm).ptr() == ptr,
        final(perm).opt_value() == MemContents::Init(v),
{
    unimplemented!()
}

/// Moves the value out of `ptr` (std's `core::ptr::read`) under the permission `perm`,
/// leaving the memory uninitialized.
#[verifier::external_body]
pub fn ptr_mut_read<T>(ptr: ConstPtr<T>, Tracked(perm): Tracked<&mut PointsTo<T>>) -> (v: T)
    requires
        old(perm).ptr()@ == ptr@,
        old(perm).is_init(),
    ensures
        final(perm).ptr() == old(perm).ptr(),
        final(perm).is_uninit(),
        v == old(perm).value(),
{
    unimplemented!()
}

} // verus!
