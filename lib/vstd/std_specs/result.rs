//! `Result<T, E>`: std's enum, with the specs vstd gives its methods. It is the `Result`,
//! `Ok` and `Err` of every crate's std prelude (`core::result::Result` names it too).
//!
//! The exec methods have bodies that Proofgate proves against vstd's `ensures`: where std's
//! `unwrap` panics, ours loops, an arm its `requires` rules out (as vstd's rules the panic
//! out). In spec code `is_ok`, `is_err`, `ok`, `err`, `unwrap` and `unwrap_err` stand for their spec
//! twins (`when_used_as_spec`), as in vstd.
verus! {

pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

impl<T, E> Result<T, E> {
    /// `self is Ok`: the meaning of `is_ok()` in spec code.
    pub open spec fn spec_is_ok(&self) -> bool {
        *self is Ok
    }

    /// `self is Err`: the meaning of `is_err()` in spec code.
    pub open spec fn spec_is_err(&self) -> bool {
        *self is Err
    }

    /// The older spelling of `self is Ok`.
    #[allow(non_snake_case)]
    pub open spec fn is_Ok(self) -> bool {
        self is Ok
    }

    /// The older spelling of `self is Err`.
    #[allow(non_snake_case)]
    pub open spec fn is_Err(self) -> bool {
        self is Err
    }

    /// The value of an `Ok` (unspecified for an `Err`).
    #[allow(non_snake_case)]
    pub open spec fn get_Ok_0(self) -> T {
        self->Ok_0
    }

    /// The error of an `Err` (unspecified for an `Ok`).
    #[allow(non_snake_case)]
    pub open spec fn get_Err_0(self) -> E {
        self->Err_0
    }

    /// The meaning of `unwrap()` in spec code.
    pub open spec fn spec_unwrap(self) -> T
        recommends
            self is Ok,
    {
        self->Ok_0
    }

    /// The meaning of `unwrap_err()` in spec code.
    pub open spec fn spec_unwrap_err(self) -> E
        recommends
            self is Err,
    {
        self->Err_0
    }

    #[verifier::when_used_as_spec(spec_is_ok)]
    pub fn is_ok(&self) -> (b: bool)
        ensures
            b == (*self is Ok),
    {
        match self {
            Result::Ok(_) => true,
            Result::Err(_) => false,
        }
    }

    #[verifier::when_used_as_spec(spec_is_err)]
    pub fn is_err(&self) -> (b: bool)
        ensures
            b == (*self is Err),
    {
        match self {
            Result::Ok(_) => false,
            Result::Err(_) => true,
        }
    }

    /// `Some` of the `Ok` value: the meaning of `ok()` in spec code.
    pub open spec fn spec_ok(self) -> Option<T> {
        match self {
            Result::Ok(t) => Some(t),
            Result::Err(_) => None,
        }
    }

    /// `Some` of the `Err` value: the meaning of `err()` in spec code.
    pub open spec fn spec_err(self) -> Option<E> {
        match self {
            Result::Ok(_) => None,
            Result::Err(e) => Some(e),
        }
    }

    #[verifier::when_used_as_spec(spec_ok)]
    pub fn ok(self) -> (o: Option<T>)
        ensures
            self is Ok ==> o == Some(self->Ok_0),
            self is Err ==> o is None,
            o == self.spec_ok(),
    {
        match self {
            Result::Ok(t) => Some(t),
            Result::Err(_) => None,
        }
    }

    #[verifier::when_used_as_spec(spec_err)]
    pub fn err(self) -> (o: Option<E>)
        ensures
            self is Err ==> o == Some(self->Err_0),
            self is Ok ==> o is None,
            o == self.spec_err(),
    {
        match self {
            Result::Ok(_) => None,
            Result::Err(e) => Some(e),
        }
    }

    pub fn unwrap_or(self, default: T) -> (t: T)
        ensures
            self is Ok ==> t == self->Ok_0,
            self is Err ==> t == default,
    {
        match self {
            Result::Ok(t) => t,
            Result::Err(_) => default,
        }
    }

    #[verifier::when_used_as_spec(spec_unwrap)]
    #[verifier::exec_allows_no_decreases_clause]
    pub fn unwrap(self) -> (t: T)
        requires
            self is Ok,
        ensures
            t == self->Ok_0,
    {
        match self {
            Result::Ok(t) => t,
            Result::Err(_) => loop {},
        }
    }

    #[verifier::when_used_as_spec(spec_unwrap_err)]
    #[verifier::exec_allows_no_decreases_clause]
    pub fn unwrap_err(self) -> (e: E)
        requires
            self is Err,
        ensures
            e == self->Err_0,
    {
        match self {
            Result::Ok(_) => loop {},
            Result::Err(e) => e,
        }
    }

    #[verifier::exec_allows_no_decreases_clause]
    pub fn expect(self, msg: &str) -> (t: T)
        requires
            self is Ok,
        ensures
            t == self->Ok_0,
    {
        match self {
            Result::Ok(t) => t,
            Result::Err(_) => loop {},
        }
    }
}

} // verus!
