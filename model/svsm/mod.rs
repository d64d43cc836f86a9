// The security module (code under proof).
pub mod addr;
pub mod mem;
pub mod lock;
pub mod vcpu;
pub mod state;
pub mod protocol;
pub mod props;
