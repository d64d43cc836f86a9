//@ no-verify
// A module declared without its file.
use vstd::prelude::*;

mod missing_module_here; //~ ERROR file not found for module `missing_module_here`

fn main() {
}
