//@ no-verify
// Ordinary Rust outside verified code is accepted silently, whatever it uses.
use std::collections::HashMap;
use std::fmt::{self, Display};

pub trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

pub struct Circle<'a, T: Clone + 'a> {
    r: f64,
    tag: &'a T,
}

impl<'a, T: Clone> Shape for Circle<'a, T> where T: Display {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
}

macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

type Table = HashMap<String, Vec<u8>>;

static mut COUNTER: u32 = 0;

async fn later() -> u8 {
    1
}

fn closures(v: Vec<u32>) -> Vec<u32> {
    let add = |x: u32| x + 1;
    v.into_iter().map(add).filter(|x| *x > 2).collect::<Vec<_>>()
}

fn with_labels() {
    'outer: for i in 0..10 {
        for j in 0..10 {
            if i * j > 20 {
                break 'outer;
            }
        }
    }
    let s = r#"raw "string""#;
    let b = b"bytes";
    let f = 1.5e3;
    let c = square!(3);
}

impl fmt::Display for Circle<'_, u8> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "circle {}", self.r)
    }
}

fn main() {
    let mut m: Table = HashMap::new();
    m.insert("a".to_string(), vec![1]);
    unsafe {
        COUNTER += 1;
    }
}
