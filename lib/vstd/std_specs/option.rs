//! Methods of std's `Option<T>` (a built-in type) beyond the built-in prelude's (`is_some`,
//! `is_none`, `unwrap`, `unwrap_or`), with the specs vstd gives them; the bodies are proved
//! (but `tracked_unwrap`'s, trusted: see docs/vstd.md).
verus! {

impl<T> Option<T> {
    /// `Ok` of the value, or `Err(err)` for `None`.
    pub fn ok_or<E>(self, err: E) -> (r: Result<T, E>)
        ensures
            self is Some ==> r == Result::<T, E>::Ok(self->Some_0),
            self is None ==> r == Result::<T, E>::Err(err),
    {
        match self {
            Some(t) => Ok(t),
            None => Err(err),
        }
    }

    /// The value; `self` must be `Some` (std panics with `msg` otherwise; ours loops, an arm
    /// the `requires` rules out).
    #[verifier::exec_allows_no_decreases_clause]
    pub fn expect(self, msg: &str) -> (t: T)
        requires
            self is Some,
        ensures
            t == self->Some_0,
    {
        match self {
            Some(t) => t,
            None => loop {},
        }
    }

    /// The tracked value of a tracked `Some` (vstd's `tracked_unwrap`).
    #[verifier::external_body]
    pub proof fn tracked_unwrap(tracked self) -> (tracked t: T)
        requires
            self is Some,
        ensures
            t == self->Some_0,
    {
        unimplemented!()
    }
}

} // verus!
