//@ no-verify
// What the checker cannot model is said once as `not supported`, never as a false error:
// an item of an alias to a vstd type, an exec fn with a spec twin called from spec code. The
// members of a generic trait are checked with its parameter in scope (no echo either). A
// missing item of an alias to a crate type stays an error.
use vstd::prelude::*;
use vstd::raw_ptr::PointsToRaw;

verus! {

pub type Cells = PointsToRaw;

pub struct Frame {
    pub n: u64,
}

pub type FrameAlias = Frame;

impl Frame {
    pub open spec fn size(&self) -> u64 {
        self.n
    }
}

proof fn empty_cells() {
    let c = Cells::nothing(); //~ ERROR not supported: `Cells::nothing`
}

pub type Unknown = not_a_crate::Thing;

proof fn unknown_alias_item() {
    let u = Unknown::make(); //~ ERROR not supported: `Unknown::make` (an item of a type alias to a type outside the subset)
}

spec fn frame_size(f: Frame) -> u64 {
    f.size()
}

spec fn frame_alias_missing(f: Frame) -> u64 {
    FrameAlias::missing(f) //~ ERROR cannot find function `missing` in `FrameAlias`
}

trait Codec<W>: core::marker::Sized {
    spec fn encode(&self) -> Option<W>;

    proof fn encode_some(&self)
        ensures
            self.encode().is_some() ==> self.encode().unwrap() === self.encode().unwrap(),
    {
    }
}

} // verus!

impl Frame {
    #[verus_verify(dual_spec(spec_doubled))]
    #[verus_spec(ret =>
        requires
            self.n < 1000,
    )]
    fn doubled(&self) -> u64 {
        self.n * 2
    }
}

verus! {

proof fn doubled_in_proof(f: Frame)
    requires
        f.n < 1000,
    ensures
        f.doubled() == f.n * 2, //~ ERROR not supported: `doubled` in spec code (its spec twin made by `#[verus_verify(dual_spec)]` / `when_used_as_spec`)
{
}

proof fn exec_in_proof(f: Frame) {
    let d = f.plain(); //~ ERROR cannot call function `err_unmodelled_echoes::Frame::plain` with mode exec
}

impl Frame {
    fn plain(&self) -> u64 {
        self.n
    }
}

fn main() {
}

} // verus!
