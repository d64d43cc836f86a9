// Exactness of the bit-vector encoding over mixed widths and signedness: each claim compares an
// expression with its value computed independently with the integer meaning of docs/semantics.md
// ("Bit-vector assertions"); half the values are off (by 1, 256 or 65536) and must fail.
use vstd::prelude::*;
verus! {
fn t0(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 99, y == 55, z == 61228, w == -26409, s == 10,
{
    assert((!((z & z) | z)) == 4307) by (bit_vector)
        requires x == 99, y == 55, z == 61228, w == -26409, s == 10;
}
fn t1(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 166, y == -6, z == 52939, w == 22583, s == 3,
{
    assert(y == -6) by (bit_vector)
        requires x == 166, y == -6, z == 52939, w == 22583, s == 3;
}
fn t2(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 168, y == 8, z == 51726, w == 16944, s == 3,
{
    assert(((x << 0) << 11) == 0) by (bit_vector)
        requires x == 168, y == 8, z == 51726, w == 16944, s == 3;
}
fn t3(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 78, y == -111, z == 56595, w == -9065, s == 4,
{
    assert(z == 122131) by (bit_vector)
        requires x == 78, y == -111, z == 56595, w == -9065, s == 4; //~^ ERROR assertion failed
}
fn t4(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 243, y == -43, z == 65333, w == 8033, s == 2,
{
    assert((w - ((z * z) - (x * 163))) == -4268353247) by (bit_vector)
        requires x == 243, y == -43, z == 65333, w == 8033, s == 2;
}
fn t5(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 143, y == -38, z == 1587, w == -30915, s == 10,
{
    assert((!(!z)) == 1587) by (bit_vector)
        requires x == 143, y == -38, z == 1587, w == -30915, s == 10;
}
fn t6(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 100, y == 33, z == 43824, w == -30341, s == 2,
{
    assert((((x as i8) + (y as i16)) << 10) == 136192) by (bit_vector)
        requires x == 100, y == 33, z == 43824, w == -30341, s == 2;
}
fn t7(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 154, y == 2, z == 31551, w == 24264, s == 3,
{
    assert((((!w) + (!x)) | 136) == -24163) by (bit_vector)
        requires x == 154, y == 2, z == 31551, w == 24264, s == 3; //~^ ERROR assertion failed
}
fn t8(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 44, y == 102, z == 44428, w == -23258, s == 2,
{
    assert((z << 17) == 0) by (bit_vector)
        requires x == 44, y == 102, z == 44428, w == -23258, s == 2;
}
fn t9(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 118, y == -30, z == 20716, w == -10222, s == 11,
{
    assert(((x + (w as i8)) & 20) == 0) by (bit_vector)
        requires x == 118, y == -30, z == 20716, w == -10222, s == 11;
}
fn t10(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 46, y == 12, z == 52810, w == -15216, s == 11,
{
    assert(x == 302) by (bit_vector)
        requires x == 46, y == 12, z == 52810, w == -15216, s == 11; //~^ ERROR assertion failed
}
fn t11(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 147, y == -8, z == 21729, w == 18142, s == 10,
{
    assert((((y << 19) + y) * ((z & 17) + (z << s))) == -270600) by (bit_vector)
        requires x == 147, y == -8, z == 21729, w == 18142, s == 10; //~^ ERROR assertion failed
}
fn t12(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 135, y == -100, z == 59414, w == 6792, s == 1,
{
    assert(w == 6793) by (bit_vector)
        requires x == 135, y == -100, z == 59414, w == 6792, s == 1; //~^ ERROR assertion failed
}
fn t13(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 196, y == -106, z == 46396, w == -25337, s == 3,
{
    assert(w == -25338) by (bit_vector)
        requires x == 196, y == -106, z == 46396, w == -25337, s == 3; //~^ ERROR assertion failed
}
fn t14(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 215, y == 96, z == 35343, w == 15591, s == 11,
{
    assert((!(w << 7)) == -29569) by (bit_vector)
        requires x == 215, y == 96, z == 35343, w == 15591, s == 11;
}
fn t15(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 23, y == -101, z == 14069, w == -31365, s == 12,
{
    assert((((y * 198) ^ 246) | 277) == -20203) by (bit_vector)
        requires x == 23, y == -101, z == 14069, w == -31365, s == 12;
}
fn t16(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 232, y == 11, z == 45316, w == 17330, s == 2,
{
    assert((((!y) as u32) as i8) == 244) by (bit_vector)
        requires x == 232, y == 11, z == 45316, w == 17330, s == 2; //~^ ERROR assertion failed
}
fn t17(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 126, y == -84, z == 25291, w == -14371, s == 0,
{
    assert((w >> s) == -14371) by (bit_vector)
        requires x == 126, y == -84, z == 25291, w == -14371, s == 0;
}
fn t18(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 95, y == -47, z == 65413, w == 22888, s == 7,
{
    assert((((z * y) - 171) * ((x * y) << 14)) == 224919693393920) by (bit_vector)
        requires x == 95, y == -47, z == 65413, w == 22888, s == 7;
}
fn t19(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 107, y == -64, z == 13713, w == -22229, s == 6,
{
    assert((((x | x) as int) & 270) == 10) by (bit_vector)
        requires x == 107, y == -64, z == 13713, w == -22229, s == 6;
}
fn t20(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 77, y == -10, z == 47536, w == -10135, s == 0,
{
    assert(((z ^ 19) | 178) == 47539) by (bit_vector)
        requires x == 77, y == -10, z == 47536, w == -10135, s == 0;
}
fn t21(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 37, y == 59, z == 45562, w == 10128, s == 1,
{
    assert(239 == 239) by (bit_vector)
        requires x == 37, y == 59, z == 45562, w == 10128, s == 1;
}
fn t22(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 114, y == 12, z == 28516, w == -9925, s == 8,
{
    assert((((z + z) | 212) * ((z & z) as i8)) == 5705199) by (bit_vector)
        requires x == 114, y == 12, z == 28516, w == -9925, s == 8; //~^ ERROR assertion failed
}
fn t23(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 38, y == 30, z == 10656, w == 7555, s == 8,
{
    assert((x ^ 147) == -75) by (bit_vector)
        requires x == 38, y == 30, z == 10656, w == 7555, s == 8; //~^ ERROR assertion failed
}
fn t24(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 42, y == 107, z == 44878, w == -19906, s == 6,
{
    assert((((w - y) ^ 115) << 3) == -160512) by (bit_vector)
        requires x == 42, y == 107, z == 44878, w == -19906, s == 6;
}
fn t25(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 82, y == 16, z == 24811, w == 17100, s == 7,
{
    assert(z == 24811) by (bit_vector)
        requires x == 82, y == 16, z == 24811, w == 17100, s == 7;
}
fn t26(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 80, y == -84, z == 26155, w == 3702, s == 0,
{
    assert(((w & w) * ((y as int) as int)) == -310968) by (bit_vector)
        requires x == 80, y == -84, z == 26155, w == 3702, s == 0;
}
fn t27(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 233, y == -66, z == 23845, w == -18936, s == 10,
{
    assert((((y + y) + (w | 17924)) & 5) == 1) by (bit_vector)
        requires x == 233, y == -66, z == 23845, w == -18936, s == 10; //~^ ERROR assertion failed
}
fn t28(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 34, y == -91, z == 18416, w == 19137, s == 4,
{
    assert((((x - y) * (z * y)) + 93) == -209481907) by (bit_vector)
        requires x == 34, y == -91, z == 18416, w == 19137, s == 4;
}
fn t29(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 167, y == 20, z == 14692, w == 27416, s == 4,
{
    assert(((w << s) | 32310) == -74) by (bit_vector)
        requires x == 167, y == 20, z == 14692, w == 27416, s == 4;
}
fn t30(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 171, y == 0, z == 31084, w == -28043, s == 0,
{
    assert((((z as u32) << 3) ^ 68) == 248613) by (bit_vector)
        requires x == 171, y == 0, z == 31084, w == -28043, s == 0; //~^ ERROR assertion failed
}
fn t31(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 92, y == 126, z == 10394, w == -418, s == 0,
{
    assert(((w >> s) | w) == -162) by (bit_vector)
        requires x == 92, y == 126, z == 10394, w == -418, s == 0; //~^ ERROR assertion failed
}
fn t32(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 209, y == 46, z == 23044, w == 21028, s == 7,
{
    assert((((w ^ 21010) ^ w) & w) == 20736) by (bit_vector)
        requires x == 209, y == 46, z == 23044, w == 21028, s == 7; //~^ ERROR assertion failed
}
fn t33(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 129, y == 28, z == 15508, w == -26982, s == 7,
{
    assert(y == -228) by (bit_vector)
        requires x == 129, y == 28, z == 15508, w == -26982, s == 7; //~^ ERROR assertion failed
}
fn t34(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 130, y == 9, z == 42044, w == 26520, s == 5,
{
    assert((((w * w) as u8) >> s) == 2) by (bit_vector)
        requires x == 130, y == 9, z == 42044, w == 26520, s == 5;
}
fn t35(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 36, y == -79, z == 29363, w == 30219, s == 3,
{
    assert(w == 30219) by (bit_vector)
        requires x == 36, y == -79, z == 29363, w == 30219, s == 3;
}
fn t36(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 130, y == 96, z == 9571, w == 14414, s == 0,
{
    assert(x == 130) by (bit_vector)
        requires x == 130, y == 96, z == 9571, w == 14414, s == 0;
}
fn t37(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 34, y == 83, z == 62730, w == 20208, s == 11,
{
    assert((((z as i16) + (w * w)) * ((z | z) ^ 257)) == 25512319679086) by (bit_vector)
        requires x == 34, y == 83, z == 62730, w == 20208, s == 11; //~^ ERROR assertion failed
}
fn t38(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 247, y == -30, z == 54672, w == -25829, s == 6,
{
    assert((((y + 252) + (!x)) & 256) == 0) by (bit_vector)
        requires x == 247, y == -30, z == 54672, w == -25829, s == 6;
}
fn t39(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 96, y == -46, z == 22889, w == -15864, s == 0,
{
    assert((((y - 211) ^ 56) + ((!w) + (y >> 11))) == 15548) by (bit_vector)
        requires x == 96, y == -46, z == 22889, w == -15864, s == 0; //~^ ERROR assertion failed
}
fn t40(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 166, y == -75, z == 58481, w == 17963, s == 4,
{
    assert((((60 - x) * z) - (18 * (y as i16))) == -6132100) by (bit_vector)
        requires x == 166, y == -75, z == 58481, w == 17963, s == 4; //~^ ERROR assertion failed
}
fn t41(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 126, y == 19, z == 37793, w == 13635, s == 11,
{
    assert(x == -130) by (bit_vector)
        requires x == 126, y == 19, z == 37793, w == 13635, s == 11; //~^ ERROR assertion failed
}
fn t42(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 6, y == 52, z == 34230, w == -395, s == 2,
{
    assert(w == -395) by (bit_vector)
        requires x == 6, y == 52, z == 34230, w == -395, s == 2;
}
fn t43(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 197, y == -72, z == 33680, w == -3383, s == 10,
{
    assert((((x as i16) ^ 9402) - ((y | y) + (w as int))) == 13054) by (bit_vector)
        requires x == 197, y == -72, z == 33680, w == -3383, s == 10; //~^ ERROR assertion failed
}
fn t44(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 164, y == -119, z == 39845, w == 7817, s == 7,
{
    assert((w * (!(x >> s))) == 1985518) by (bit_vector)
        requires x == 164, y == -119, z == 39845, w == 7817, s == 7;
}
fn t45(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 25, y == 58, z == 45717, w == -144, s == 5,
{
    assert((58 * ((y & 77) << s)) == 0) by (bit_vector)
        requires x == 25, y == 58, z == 45717, w == -144, s == 5;
}
fn t46(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 208, y == -95, z == 6973, w == -14691, s == 4,
{
    assert((((z * 228) + (x - z)) as i16) == 75751) by (bit_vector)
        requires x == 208, y == -95, z == 6973, w == -14691, s == 4; //~^ ERROR assertion failed
}
fn t47(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 220, y == 49, z == 46634, w == 2445, s == 7,
{
    assert((w & 4313) == 137) by (bit_vector)
        requires x == 220, y == 49, z == 46634, w == 2445, s == 7;
}
fn t48(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 184, y == 99, z == 64491, w == 11205, s == 1,
{
    assert((z as int) == 64491) by (bit_vector)
        requires x == 184, y == 99, z == 64491, w == 11205, s == 1;
}
fn t49(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 93, y == -73, z == 52054, w == -29680, s == 0,
{
    assert((y * ((x + z) >> s)) == -3806731) by (bit_vector)
        requires x == 93, y == -73, z == 52054, w == -29680, s == 0;
}
fn t50(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 203, y == 17, z == 44080, w == 29615, s == 10,
{
    assert((((z + x) - (y >> s)) + (24 - (w + w))) == -14923) by (bit_vector)
        requires x == 203, y == 17, z == 44080, w == 29615, s == 10;
}
fn t51(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 143, y == 112, z == 17018, w == -1103, s == 4,
{
    assert((((x - z) & 118) & 185) == 65552) by (bit_vector)
        requires x == 143, y == 112, z == 17018, w == -1103, s == 4; //~^ ERROR assertion failed
}
fn t52(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 28, y == -40, z == 2188, w == 17441, s == 9,
{
    assert((((y & y) >> 10) << 9) == 0) by (bit_vector)
        requires x == 28, y == -40, z == 2188, w == 17441, s == 9;
}
fn t53(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 122, y == -67, z == 32124, w == 8240, s == 11,
{
    assert(w == 8240) by (bit_vector)
        requires x == 122, y == -67, z == 32124, w == 8240, s == 11;
}
fn t54(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 90, y == 87, z == 42820, w == 5850, s == 3,
{
    assert((((z - z) as int) + (!(y & y))) == -88) by (bit_vector)
        requires x == 90, y == 87, z == 42820, w == 5850, s == 3;
}
fn t55(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 195, y == -32, z == 1641, w == 7674, s == 5,
{
    assert(w == 7674) by (bit_vector)
        requires x == 195, y == -32, z == 1641, w == 7674, s == 5;
}
fn t56(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 222, y == -99, z == 54493, w == -4350, s == 7,
{
    assert((((w | w) ^ 6512) as i16) == -2190) by (bit_vector)
        requires x == 222, y == -99, z == 54493, w == -4350, s == 7; //~^ ERROR assertion failed
}
fn t57(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 151, y == -81, z == 42059, w == -26840, s == 6,
{
    assert((((!x) * w) as i8) == 64) by (bit_vector)
        requires x == 151, y == -81, z == 42059, w == -26840, s == 6;
}
fn t58(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 138, y == 124, z == 58586, w == 3779, s == 1,
{
    assert((((220 + y) >> s) << 2) == 688) by (bit_vector)
        requires x == 138, y == 124, z == 58586, w == 3779, s == 1;
}
fn t59(x: u8, y: i8, z: u16, w: i16, s: u8)
    requires x == 54, y == -71, z == 39942, w == 22861, s == 11,
{
    assert((x << 14) == 0) by (bit_vector)
        requires x == 54, y == -71, z == 39942, w == 22861, s == 11;
}
fn main() {}
}

