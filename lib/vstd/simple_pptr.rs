//! The contents of a cell of memory (vstd's `MemContents`, named here as `simple_pptr`
//! re-exports it): initialized with a value, or not.
verus! {

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

} // verus!
