//@ no-verify
// Plain Rust outside verus! and without #[verus_verify] is never flagged, whatever it uses:
// Rust 2024 attributes, asm!, cfg, async, const generics, traits, closures, unsafe, statics.
use core::arch::asm;
use core::sync::atomic::{AtomicU64, Ordering};

#[unsafe(no_mangle)]
pub extern "C" fn entry_point(arg: u64) -> u64 {
    arg.wrapping_add(1)
}

#[unsafe(link_section = ".data.ro_after_init")]
static BOOT_FLAG: AtomicU64 = AtomicU64::new(0);

#[unsafe(export_name = "renamed_symbol")]
pub unsafe extern "C" fn renamed(p: *mut u8) {
    unsafe { *p = 0 };
}

#[cfg(target_arch = "x86_64")]
pub fn read_tsc() -> u64 {
    let lo: u32;
    let hi: u32;
    unsafe {
        asm!("rdtsc", out("eax") lo, out("edx") hi, options(nomem, nostack));
    }
    ((hi as u64) << 32) | lo as u64
}

pub struct Ring<T, const N: usize> {
    items: [Option<T>; N],
    head: usize,
}

impl<T: Copy, const N: usize> Ring<T, N> {
    pub const fn capacity() -> usize {
        N
    }

    pub fn get(&self, i: usize) -> Option<T> {
        self.items.get(i % N).copied().flatten()
    }
}

pub trait Device: Send + Sync {
    type Error;
    fn probe(&mut self) -> Result<(), Self::Error>;
    fn name(&self) -> &'static str {
        "device"
    }
}

impl<T, const N: usize> Drop for Ring<T, N> {
    fn drop(&mut self) {
        self.head = 0;
    }
}

pub async fn poll_once(flag: &AtomicU64) -> u64 {
    flag.load(Ordering::Acquire)
}

pub fn closures(v: &[u64]) -> Vec<u64> {
    let total: u64 = v.iter().map(|x| x * 2).filter(|x| *x > 3).sum();
    let Some(first) = v.first() else { return Vec::new() };
    let r = 0..v.len();
    match v {
        [a, b, ..] => vec![*a, *b, total, *first, r.end as u64],
        _ => Vec::new(),
    }
}

macro_rules! square {
    ($e:expr) => {
        $e * $e
    };
}

pub fn uses_macro(x: u64) -> u64 {
    square!(x)
}

union Raw {
    word: u64,
    bytes: [u8; 8],
}

type Handler = fn(u64) -> u64;

fn main() {
    let h: Handler = entry_point;
    let _ = h(BOOT_FLAG.load(Ordering::Relaxed));
}
