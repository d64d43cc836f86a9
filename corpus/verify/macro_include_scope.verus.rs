// Included by macro_include_scope.rs: its macros are in scope after the include!.
macro_rules! bump_into {
    ($src: expr => $dst: ident) => {
        let ghost $dst: int = $src + 1;
    };
}

macro_rules! set_y_local {
    () => {
        let ghost y: int = 1;
    };
}

macro_rules! twice {
    ($x: expr) => {
        { let t: int = $x; t + t }
    };
}
