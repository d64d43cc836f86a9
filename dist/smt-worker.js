import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/z3-solver/build/low-level/types.__GENERATED__.js
var require_types_GENERATED = __commonJS({
  "node_modules/z3-solver/build/low-level/types.__GENERATED__.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Z3_goal_prec = exports.Z3_error_code = exports.Z3_ast_print_mode = exports.Z3_param_kind = exports.Z3_decl_kind = exports.Z3_ast_kind = exports.Z3_sort_kind = exports.Z3_parameter_kind = exports.Z3_symbol_kind = exports.Z3_lbool = void 0;
    var Z3_lbool;
    (function(Z3_lbool2) {
      Z3_lbool2[Z3_lbool2["Z3_L_FALSE"] = -1] = "Z3_L_FALSE";
      Z3_lbool2[Z3_lbool2["Z3_L_UNDEF"] = 0] = "Z3_L_UNDEF";
      Z3_lbool2[Z3_lbool2["Z3_L_TRUE"] = 1] = "Z3_L_TRUE";
    })(Z3_lbool || (exports.Z3_lbool = Z3_lbool = {}));
    var Z3_symbol_kind;
    (function(Z3_symbol_kind2) {
      Z3_symbol_kind2[Z3_symbol_kind2["Z3_INT_SYMBOL"] = 0] = "Z3_INT_SYMBOL";
      Z3_symbol_kind2[Z3_symbol_kind2["Z3_STRING_SYMBOL"] = 1] = "Z3_STRING_SYMBOL";
    })(Z3_symbol_kind || (exports.Z3_symbol_kind = Z3_symbol_kind = {}));
    var Z3_parameter_kind;
    (function(Z3_parameter_kind2) {
      Z3_parameter_kind2[Z3_parameter_kind2["Z3_PARAMETER_INT"] = 0] = "Z3_PARAMETER_INT";
      Z3_parameter_kind2[Z3_parameter_kind2["Z3_PARAMETER_DOUBLE"] = 1] = "Z3_PARAMETER_DOUBLE";
      Z3_parameter_kind2[Z3_parameter_kind2["Z3_PARAMETER_RATIONAL"] = 2] = "Z3_PARAMETER_RATIONAL";
      Z3_parameter_kind2[Z3_parameter_kind2["Z3_PARAMETER_SYMBOL"] = 3] = "Z3_PARAMETER_SYMBOL";
      Z3_parameter_kind2[Z3_parameter_kind2["Z3_PARAMETER_SORT"] = 4] = "Z3_PARAMETER_SORT";
      Z3_parameter_kind2[Z3_parameter_kind2["Z3_PARAMETER_AST"] = 5] = "Z3_PARAMETER_AST";
      Z3_parameter_kind2[Z3_parameter_kind2["Z3_PARAMETER_FUNC_DECL"] = 6] = "Z3_PARAMETER_FUNC_DECL";
      Z3_parameter_kind2[Z3_parameter_kind2["Z3_PARAMETER_INTERNAL"] = 7] = "Z3_PARAMETER_INTERNAL";
      Z3_parameter_kind2[Z3_parameter_kind2["Z3_PARAMETER_ZSTRING"] = 8] = "Z3_PARAMETER_ZSTRING";
    })(Z3_parameter_kind || (exports.Z3_parameter_kind = Z3_parameter_kind = {}));
    var Z3_sort_kind;
    (function(Z3_sort_kind2) {
      Z3_sort_kind2[Z3_sort_kind2["Z3_UNINTERPRETED_SORT"] = 0] = "Z3_UNINTERPRETED_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_BOOL_SORT"] = 1] = "Z3_BOOL_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_INT_SORT"] = 2] = "Z3_INT_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_REAL_SORT"] = 3] = "Z3_REAL_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_BV_SORT"] = 4] = "Z3_BV_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_ARRAY_SORT"] = 5] = "Z3_ARRAY_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_DATATYPE_SORT"] = 6] = "Z3_DATATYPE_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_RELATION_SORT"] = 7] = "Z3_RELATION_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_FINITE_DOMAIN_SORT"] = 8] = "Z3_FINITE_DOMAIN_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_FLOATING_POINT_SORT"] = 9] = "Z3_FLOATING_POINT_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_ROUNDING_MODE_SORT"] = 10] = "Z3_ROUNDING_MODE_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_SEQ_SORT"] = 11] = "Z3_SEQ_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_RE_SORT"] = 12] = "Z3_RE_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_CHAR_SORT"] = 13] = "Z3_CHAR_SORT";
      Z3_sort_kind2[Z3_sort_kind2["Z3_TYPE_VAR"] = 14] = "Z3_TYPE_VAR";
      Z3_sort_kind2[Z3_sort_kind2["Z3_UNKNOWN_SORT"] = 1e3] = "Z3_UNKNOWN_SORT";
    })(Z3_sort_kind || (exports.Z3_sort_kind = Z3_sort_kind = {}));
    var Z3_ast_kind;
    (function(Z3_ast_kind2) {
      Z3_ast_kind2[Z3_ast_kind2["Z3_NUMERAL_AST"] = 0] = "Z3_NUMERAL_AST";
      Z3_ast_kind2[Z3_ast_kind2["Z3_APP_AST"] = 1] = "Z3_APP_AST";
      Z3_ast_kind2[Z3_ast_kind2["Z3_VAR_AST"] = 2] = "Z3_VAR_AST";
      Z3_ast_kind2[Z3_ast_kind2["Z3_QUANTIFIER_AST"] = 3] = "Z3_QUANTIFIER_AST";
      Z3_ast_kind2[Z3_ast_kind2["Z3_SORT_AST"] = 4] = "Z3_SORT_AST";
      Z3_ast_kind2[Z3_ast_kind2["Z3_FUNC_DECL_AST"] = 5] = "Z3_FUNC_DECL_AST";
      Z3_ast_kind2[Z3_ast_kind2["Z3_UNKNOWN_AST"] = 1e3] = "Z3_UNKNOWN_AST";
    })(Z3_ast_kind || (exports.Z3_ast_kind = Z3_ast_kind = {}));
    var Z3_decl_kind;
    (function(Z3_decl_kind2) {
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_TRUE"] = 256] = "Z3_OP_TRUE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FALSE"] = 257] = "Z3_OP_FALSE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_EQ"] = 258] = "Z3_OP_EQ";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_DISTINCT"] = 259] = "Z3_OP_DISTINCT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ITE"] = 260] = "Z3_OP_ITE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_AND"] = 261] = "Z3_OP_AND";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_OR"] = 262] = "Z3_OP_OR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_IFF"] = 263] = "Z3_OP_IFF";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_XOR"] = 264] = "Z3_OP_XOR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_NOT"] = 265] = "Z3_OP_NOT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_IMPLIES"] = 266] = "Z3_OP_IMPLIES";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_OEQ"] = 267] = "Z3_OP_OEQ";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ANUM"] = 512] = "Z3_OP_ANUM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_AGNUM"] = 513] = "Z3_OP_AGNUM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_LE"] = 514] = "Z3_OP_LE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_GE"] = 515] = "Z3_OP_GE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_LT"] = 516] = "Z3_OP_LT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_GT"] = 517] = "Z3_OP_GT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ADD"] = 518] = "Z3_OP_ADD";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SUB"] = 519] = "Z3_OP_SUB";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_UMINUS"] = 520] = "Z3_OP_UMINUS";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_MUL"] = 521] = "Z3_OP_MUL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_DIV"] = 522] = "Z3_OP_DIV";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_IDIV"] = 523] = "Z3_OP_IDIV";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_REM"] = 524] = "Z3_OP_REM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_MOD"] = 525] = "Z3_OP_MOD";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_TO_REAL"] = 526] = "Z3_OP_TO_REAL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_TO_INT"] = 527] = "Z3_OP_TO_INT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_IS_INT"] = 528] = "Z3_OP_IS_INT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_POWER"] = 529] = "Z3_OP_POWER";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ABS"] = 530] = "Z3_OP_ABS";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_STORE"] = 768] = "Z3_OP_STORE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SELECT"] = 769] = "Z3_OP_SELECT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_CONST_ARRAY"] = 770] = "Z3_OP_CONST_ARRAY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ARRAY_MAP"] = 771] = "Z3_OP_ARRAY_MAP";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ARRAY_DEFAULT"] = 772] = "Z3_OP_ARRAY_DEFAULT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SET_UNION"] = 773] = "Z3_OP_SET_UNION";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SET_INTERSECT"] = 774] = "Z3_OP_SET_INTERSECT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SET_DIFFERENCE"] = 775] = "Z3_OP_SET_DIFFERENCE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SET_COMPLEMENT"] = 776] = "Z3_OP_SET_COMPLEMENT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SET_SUBSET"] = 777] = "Z3_OP_SET_SUBSET";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_AS_ARRAY"] = 778] = "Z3_OP_AS_ARRAY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ARRAY_EXT"] = 779] = "Z3_OP_ARRAY_EXT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BNUM"] = 1024] = "Z3_OP_BNUM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BIT1"] = 1025] = "Z3_OP_BIT1";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BIT0"] = 1026] = "Z3_OP_BIT0";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BNEG"] = 1027] = "Z3_OP_BNEG";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BADD"] = 1028] = "Z3_OP_BADD";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSUB"] = 1029] = "Z3_OP_BSUB";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BMUL"] = 1030] = "Z3_OP_BMUL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSDIV"] = 1031] = "Z3_OP_BSDIV";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BUDIV"] = 1032] = "Z3_OP_BUDIV";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSREM"] = 1033] = "Z3_OP_BSREM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BUREM"] = 1034] = "Z3_OP_BUREM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSMOD"] = 1035] = "Z3_OP_BSMOD";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSDIV0"] = 1036] = "Z3_OP_BSDIV0";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BUDIV0"] = 1037] = "Z3_OP_BUDIV0";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSREM0"] = 1038] = "Z3_OP_BSREM0";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BUREM0"] = 1039] = "Z3_OP_BUREM0";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSMOD0"] = 1040] = "Z3_OP_BSMOD0";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ULEQ"] = 1041] = "Z3_OP_ULEQ";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SLEQ"] = 1042] = "Z3_OP_SLEQ";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_UGEQ"] = 1043] = "Z3_OP_UGEQ";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SGEQ"] = 1044] = "Z3_OP_SGEQ";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ULT"] = 1045] = "Z3_OP_ULT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SLT"] = 1046] = "Z3_OP_SLT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_UGT"] = 1047] = "Z3_OP_UGT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SGT"] = 1048] = "Z3_OP_SGT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BAND"] = 1049] = "Z3_OP_BAND";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BOR"] = 1050] = "Z3_OP_BOR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BNOT"] = 1051] = "Z3_OP_BNOT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BXOR"] = 1052] = "Z3_OP_BXOR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BNAND"] = 1053] = "Z3_OP_BNAND";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BNOR"] = 1054] = "Z3_OP_BNOR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BXNOR"] = 1055] = "Z3_OP_BXNOR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_CONCAT"] = 1056] = "Z3_OP_CONCAT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SIGN_EXT"] = 1057] = "Z3_OP_SIGN_EXT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ZERO_EXT"] = 1058] = "Z3_OP_ZERO_EXT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_EXTRACT"] = 1059] = "Z3_OP_EXTRACT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_REPEAT"] = 1060] = "Z3_OP_REPEAT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BREDOR"] = 1061] = "Z3_OP_BREDOR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BREDAND"] = 1062] = "Z3_OP_BREDAND";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BCOMP"] = 1063] = "Z3_OP_BCOMP";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSHL"] = 1064] = "Z3_OP_BSHL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BLSHR"] = 1065] = "Z3_OP_BLSHR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BASHR"] = 1066] = "Z3_OP_BASHR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ROTATE_LEFT"] = 1067] = "Z3_OP_ROTATE_LEFT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_ROTATE_RIGHT"] = 1068] = "Z3_OP_ROTATE_RIGHT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_EXT_ROTATE_LEFT"] = 1069] = "Z3_OP_EXT_ROTATE_LEFT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_EXT_ROTATE_RIGHT"] = 1070] = "Z3_OP_EXT_ROTATE_RIGHT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BIT2BOOL"] = 1071] = "Z3_OP_BIT2BOOL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_INT2BV"] = 1072] = "Z3_OP_INT2BV";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BV2INT"] = 1073] = "Z3_OP_BV2INT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SBV2INT"] = 1074] = "Z3_OP_SBV2INT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_CARRY"] = 1075] = "Z3_OP_CARRY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_XOR3"] = 1076] = "Z3_OP_XOR3";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSMUL_NO_OVFL"] = 1077] = "Z3_OP_BSMUL_NO_OVFL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BUMUL_NO_OVFL"] = 1078] = "Z3_OP_BUMUL_NO_OVFL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSMUL_NO_UDFL"] = 1079] = "Z3_OP_BSMUL_NO_UDFL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSDIV_I"] = 1080] = "Z3_OP_BSDIV_I";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BUDIV_I"] = 1081] = "Z3_OP_BUDIV_I";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSREM_I"] = 1082] = "Z3_OP_BSREM_I";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BUREM_I"] = 1083] = "Z3_OP_BUREM_I";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_BSMOD_I"] = 1084] = "Z3_OP_BSMOD_I";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_UNDEF"] = 1280] = "Z3_OP_PR_UNDEF";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_TRUE"] = 1281] = "Z3_OP_PR_TRUE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_ASSERTED"] = 1282] = "Z3_OP_PR_ASSERTED";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_GOAL"] = 1283] = "Z3_OP_PR_GOAL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_MODUS_PONENS"] = 1284] = "Z3_OP_PR_MODUS_PONENS";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_REFLEXIVITY"] = 1285] = "Z3_OP_PR_REFLEXIVITY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_SYMMETRY"] = 1286] = "Z3_OP_PR_SYMMETRY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_TRANSITIVITY"] = 1287] = "Z3_OP_PR_TRANSITIVITY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_TRANSITIVITY_STAR"] = 1288] = "Z3_OP_PR_TRANSITIVITY_STAR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_MONOTONICITY"] = 1289] = "Z3_OP_PR_MONOTONICITY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_QUANT_INTRO"] = 1290] = "Z3_OP_PR_QUANT_INTRO";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_BIND"] = 1291] = "Z3_OP_PR_BIND";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_DISTRIBUTIVITY"] = 1292] = "Z3_OP_PR_DISTRIBUTIVITY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_AND_ELIM"] = 1293] = "Z3_OP_PR_AND_ELIM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_NOT_OR_ELIM"] = 1294] = "Z3_OP_PR_NOT_OR_ELIM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_REWRITE"] = 1295] = "Z3_OP_PR_REWRITE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_REWRITE_STAR"] = 1296] = "Z3_OP_PR_REWRITE_STAR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_PULL_QUANT"] = 1297] = "Z3_OP_PR_PULL_QUANT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_PUSH_QUANT"] = 1298] = "Z3_OP_PR_PUSH_QUANT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_ELIM_UNUSED_VARS"] = 1299] = "Z3_OP_PR_ELIM_UNUSED_VARS";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_DER"] = 1300] = "Z3_OP_PR_DER";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_QUANT_INST"] = 1301] = "Z3_OP_PR_QUANT_INST";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_HYPOTHESIS"] = 1302] = "Z3_OP_PR_HYPOTHESIS";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_LEMMA"] = 1303] = "Z3_OP_PR_LEMMA";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_UNIT_RESOLUTION"] = 1304] = "Z3_OP_PR_UNIT_RESOLUTION";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_IFF_TRUE"] = 1305] = "Z3_OP_PR_IFF_TRUE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_IFF_FALSE"] = 1306] = "Z3_OP_PR_IFF_FALSE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_COMMUTATIVITY"] = 1307] = "Z3_OP_PR_COMMUTATIVITY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_DEF_AXIOM"] = 1308] = "Z3_OP_PR_DEF_AXIOM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_ASSUMPTION_ADD"] = 1309] = "Z3_OP_PR_ASSUMPTION_ADD";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_LEMMA_ADD"] = 1310] = "Z3_OP_PR_LEMMA_ADD";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_REDUNDANT_DEL"] = 1311] = "Z3_OP_PR_REDUNDANT_DEL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_CLAUSE_TRAIL"] = 1312] = "Z3_OP_PR_CLAUSE_TRAIL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_DEF_INTRO"] = 1313] = "Z3_OP_PR_DEF_INTRO";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_APPLY_DEF"] = 1314] = "Z3_OP_PR_APPLY_DEF";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_IFF_OEQ"] = 1315] = "Z3_OP_PR_IFF_OEQ";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_NNF_POS"] = 1316] = "Z3_OP_PR_NNF_POS";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_NNF_NEG"] = 1317] = "Z3_OP_PR_NNF_NEG";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_SKOLEMIZE"] = 1318] = "Z3_OP_PR_SKOLEMIZE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_MODUS_PONENS_OEQ"] = 1319] = "Z3_OP_PR_MODUS_PONENS_OEQ";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_TH_LEMMA"] = 1320] = "Z3_OP_PR_TH_LEMMA";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PR_HYPER_RESOLVE"] = 1321] = "Z3_OP_PR_HYPER_RESOLVE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_STORE"] = 1536] = "Z3_OP_RA_STORE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_EMPTY"] = 1537] = "Z3_OP_RA_EMPTY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_IS_EMPTY"] = 1538] = "Z3_OP_RA_IS_EMPTY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_JOIN"] = 1539] = "Z3_OP_RA_JOIN";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_UNION"] = 1540] = "Z3_OP_RA_UNION";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_WIDEN"] = 1541] = "Z3_OP_RA_WIDEN";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_PROJECT"] = 1542] = "Z3_OP_RA_PROJECT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_FILTER"] = 1543] = "Z3_OP_RA_FILTER";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_NEGATION_FILTER"] = 1544] = "Z3_OP_RA_NEGATION_FILTER";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_RENAME"] = 1545] = "Z3_OP_RA_RENAME";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_COMPLEMENT"] = 1546] = "Z3_OP_RA_COMPLEMENT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_SELECT"] = 1547] = "Z3_OP_RA_SELECT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RA_CLONE"] = 1548] = "Z3_OP_RA_CLONE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FD_CONSTANT"] = 1549] = "Z3_OP_FD_CONSTANT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FD_LT"] = 1550] = "Z3_OP_FD_LT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_UNIT"] = 1551] = "Z3_OP_SEQ_UNIT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_EMPTY"] = 1552] = "Z3_OP_SEQ_EMPTY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_CONCAT"] = 1553] = "Z3_OP_SEQ_CONCAT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_PREFIX"] = 1554] = "Z3_OP_SEQ_PREFIX";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_SUFFIX"] = 1555] = "Z3_OP_SEQ_SUFFIX";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_CONTAINS"] = 1556] = "Z3_OP_SEQ_CONTAINS";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_EXTRACT"] = 1557] = "Z3_OP_SEQ_EXTRACT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_REPLACE"] = 1558] = "Z3_OP_SEQ_REPLACE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_REPLACE_RE"] = 1559] = "Z3_OP_SEQ_REPLACE_RE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_REPLACE_RE_ALL"] = 1560] = "Z3_OP_SEQ_REPLACE_RE_ALL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_REPLACE_ALL"] = 1561] = "Z3_OP_SEQ_REPLACE_ALL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_AT"] = 1562] = "Z3_OP_SEQ_AT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_NTH"] = 1563] = "Z3_OP_SEQ_NTH";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_LENGTH"] = 1564] = "Z3_OP_SEQ_LENGTH";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_INDEX"] = 1565] = "Z3_OP_SEQ_INDEX";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_LAST_INDEX"] = 1566] = "Z3_OP_SEQ_LAST_INDEX";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_TO_RE"] = 1567] = "Z3_OP_SEQ_TO_RE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_IN_RE"] = 1568] = "Z3_OP_SEQ_IN_RE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_MAP"] = 1569] = "Z3_OP_SEQ_MAP";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_MAPI"] = 1570] = "Z3_OP_SEQ_MAPI";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_FOLDL"] = 1571] = "Z3_OP_SEQ_FOLDL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SEQ_FOLDLI"] = 1572] = "Z3_OP_SEQ_FOLDLI";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_STR_TO_INT"] = 1573] = "Z3_OP_STR_TO_INT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_INT_TO_STR"] = 1574] = "Z3_OP_INT_TO_STR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_UBV_TO_STR"] = 1575] = "Z3_OP_UBV_TO_STR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SBV_TO_STR"] = 1576] = "Z3_OP_SBV_TO_STR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_STR_TO_CODE"] = 1577] = "Z3_OP_STR_TO_CODE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_STR_FROM_CODE"] = 1578] = "Z3_OP_STR_FROM_CODE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_STRING_LT"] = 1579] = "Z3_OP_STRING_LT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_STRING_LE"] = 1580] = "Z3_OP_STRING_LE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_PLUS"] = 1581] = "Z3_OP_RE_PLUS";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_STAR"] = 1582] = "Z3_OP_RE_STAR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_OPTION"] = 1583] = "Z3_OP_RE_OPTION";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_CONCAT"] = 1584] = "Z3_OP_RE_CONCAT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_UNION"] = 1585] = "Z3_OP_RE_UNION";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_RANGE"] = 1586] = "Z3_OP_RE_RANGE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_DIFF"] = 1587] = "Z3_OP_RE_DIFF";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_INTERSECT"] = 1588] = "Z3_OP_RE_INTERSECT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_LOOP"] = 1589] = "Z3_OP_RE_LOOP";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_POWER"] = 1590] = "Z3_OP_RE_POWER";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_COMPLEMENT"] = 1591] = "Z3_OP_RE_COMPLEMENT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_EMPTY_SET"] = 1592] = "Z3_OP_RE_EMPTY_SET";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_FULL_SET"] = 1593] = "Z3_OP_RE_FULL_SET";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_FULL_CHAR_SET"] = 1594] = "Z3_OP_RE_FULL_CHAR_SET";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_OF_PRED"] = 1595] = "Z3_OP_RE_OF_PRED";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_REVERSE"] = 1596] = "Z3_OP_RE_REVERSE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RE_DERIVATIVE"] = 1597] = "Z3_OP_RE_DERIVATIVE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_CHAR_CONST"] = 1598] = "Z3_OP_CHAR_CONST";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_CHAR_LE"] = 1599] = "Z3_OP_CHAR_LE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_CHAR_TO_INT"] = 1600] = "Z3_OP_CHAR_TO_INT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_CHAR_TO_BV"] = 1601] = "Z3_OP_CHAR_TO_BV";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_CHAR_FROM_BV"] = 1602] = "Z3_OP_CHAR_FROM_BV";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_CHAR_IS_DIGIT"] = 1603] = "Z3_OP_CHAR_IS_DIGIT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_LABEL"] = 1792] = "Z3_OP_LABEL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_LABEL_LIT"] = 1793] = "Z3_OP_LABEL_LIT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_DT_CONSTRUCTOR"] = 2048] = "Z3_OP_DT_CONSTRUCTOR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_DT_RECOGNISER"] = 2049] = "Z3_OP_DT_RECOGNISER";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_DT_IS"] = 2050] = "Z3_OP_DT_IS";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_DT_ACCESSOR"] = 2051] = "Z3_OP_DT_ACCESSOR";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_DT_UPDATE_FIELD"] = 2052] = "Z3_OP_DT_UPDATE_FIELD";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PB_AT_MOST"] = 2304] = "Z3_OP_PB_AT_MOST";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PB_AT_LEAST"] = 2305] = "Z3_OP_PB_AT_LEAST";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PB_LE"] = 2306] = "Z3_OP_PB_LE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PB_GE"] = 2307] = "Z3_OP_PB_GE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_PB_EQ"] = 2308] = "Z3_OP_PB_EQ";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SPECIAL_RELATION_LO"] = 40960] = "Z3_OP_SPECIAL_RELATION_LO";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SPECIAL_RELATION_PO"] = 40961] = "Z3_OP_SPECIAL_RELATION_PO";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SPECIAL_RELATION_PLO"] = 40962] = "Z3_OP_SPECIAL_RELATION_PLO";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SPECIAL_RELATION_TO"] = 40963] = "Z3_OP_SPECIAL_RELATION_TO";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SPECIAL_RELATION_TC"] = 40964] = "Z3_OP_SPECIAL_RELATION_TC";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_SPECIAL_RELATION_TRC"] = 40965] = "Z3_OP_SPECIAL_RELATION_TRC";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_RM_NEAREST_TIES_TO_EVEN"] = 45056] = "Z3_OP_FPA_RM_NEAREST_TIES_TO_EVEN";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_RM_NEAREST_TIES_TO_AWAY"] = 45057] = "Z3_OP_FPA_RM_NEAREST_TIES_TO_AWAY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_RM_TOWARD_POSITIVE"] = 45058] = "Z3_OP_FPA_RM_TOWARD_POSITIVE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_RM_TOWARD_NEGATIVE"] = 45059] = "Z3_OP_FPA_RM_TOWARD_NEGATIVE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_RM_TOWARD_ZERO"] = 45060] = "Z3_OP_FPA_RM_TOWARD_ZERO";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_NUM"] = 45061] = "Z3_OP_FPA_NUM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_PLUS_INF"] = 45062] = "Z3_OP_FPA_PLUS_INF";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_MINUS_INF"] = 45063] = "Z3_OP_FPA_MINUS_INF";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_NAN"] = 45064] = "Z3_OP_FPA_NAN";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_PLUS_ZERO"] = 45065] = "Z3_OP_FPA_PLUS_ZERO";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_MINUS_ZERO"] = 45066] = "Z3_OP_FPA_MINUS_ZERO";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_ADD"] = 45067] = "Z3_OP_FPA_ADD";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_SUB"] = 45068] = "Z3_OP_FPA_SUB";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_NEG"] = 45069] = "Z3_OP_FPA_NEG";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_MUL"] = 45070] = "Z3_OP_FPA_MUL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_DIV"] = 45071] = "Z3_OP_FPA_DIV";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_REM"] = 45072] = "Z3_OP_FPA_REM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_ABS"] = 45073] = "Z3_OP_FPA_ABS";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_MIN"] = 45074] = "Z3_OP_FPA_MIN";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_MAX"] = 45075] = "Z3_OP_FPA_MAX";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_FMA"] = 45076] = "Z3_OP_FPA_FMA";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_SQRT"] = 45077] = "Z3_OP_FPA_SQRT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_ROUND_TO_INTEGRAL"] = 45078] = "Z3_OP_FPA_ROUND_TO_INTEGRAL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_EQ"] = 45079] = "Z3_OP_FPA_EQ";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_LT"] = 45080] = "Z3_OP_FPA_LT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_GT"] = 45081] = "Z3_OP_FPA_GT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_LE"] = 45082] = "Z3_OP_FPA_LE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_GE"] = 45083] = "Z3_OP_FPA_GE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_IS_NAN"] = 45084] = "Z3_OP_FPA_IS_NAN";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_IS_INF"] = 45085] = "Z3_OP_FPA_IS_INF";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_IS_ZERO"] = 45086] = "Z3_OP_FPA_IS_ZERO";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_IS_NORMAL"] = 45087] = "Z3_OP_FPA_IS_NORMAL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_IS_SUBNORMAL"] = 45088] = "Z3_OP_FPA_IS_SUBNORMAL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_IS_NEGATIVE"] = 45089] = "Z3_OP_FPA_IS_NEGATIVE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_IS_POSITIVE"] = 45090] = "Z3_OP_FPA_IS_POSITIVE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_FP"] = 45091] = "Z3_OP_FPA_FP";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_TO_FP"] = 45092] = "Z3_OP_FPA_TO_FP";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_TO_FP_UNSIGNED"] = 45093] = "Z3_OP_FPA_TO_FP_UNSIGNED";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_TO_UBV"] = 45094] = "Z3_OP_FPA_TO_UBV";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_TO_SBV"] = 45095] = "Z3_OP_FPA_TO_SBV";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_TO_REAL"] = 45096] = "Z3_OP_FPA_TO_REAL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_TO_IEEE_BV"] = 45097] = "Z3_OP_FPA_TO_IEEE_BV";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_BVWRAP"] = 45098] = "Z3_OP_FPA_BVWRAP";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FPA_BV2RM"] = 45099] = "Z3_OP_FPA_BV2RM";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_EMPTY"] = 49152] = "Z3_OP_FINITE_SET_EMPTY";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_SINGLETON"] = 49153] = "Z3_OP_FINITE_SET_SINGLETON";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_UNION"] = 49154] = "Z3_OP_FINITE_SET_UNION";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_INTERSECT"] = 49155] = "Z3_OP_FINITE_SET_INTERSECT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_DIFFERENCE"] = 49156] = "Z3_OP_FINITE_SET_DIFFERENCE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_IN"] = 49157] = "Z3_OP_FINITE_SET_IN";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_SIZE"] = 49158] = "Z3_OP_FINITE_SET_SIZE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_SUBSET"] = 49159] = "Z3_OP_FINITE_SET_SUBSET";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_MAP"] = 49160] = "Z3_OP_FINITE_SET_MAP";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_FILTER"] = 49161] = "Z3_OP_FINITE_SET_FILTER";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_RANGE"] = 49162] = "Z3_OP_FINITE_SET_RANGE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_EXT"] = 49163] = "Z3_OP_FINITE_SET_EXT";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_FINITE_SET_MAP_INVERSE"] = 49164] = "Z3_OP_FINITE_SET_MAP_INVERSE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_INTERNAL"] = 49165] = "Z3_OP_INTERNAL";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_RECURSIVE"] = 49166] = "Z3_OP_RECURSIVE";
      Z3_decl_kind2[Z3_decl_kind2["Z3_OP_UNINTERPRETED"] = 49167] = "Z3_OP_UNINTERPRETED";
    })(Z3_decl_kind || (exports.Z3_decl_kind = Z3_decl_kind = {}));
    var Z3_param_kind;
    (function(Z3_param_kind2) {
      Z3_param_kind2[Z3_param_kind2["Z3_PK_UINT"] = 0] = "Z3_PK_UINT";
      Z3_param_kind2[Z3_param_kind2["Z3_PK_BOOL"] = 1] = "Z3_PK_BOOL";
      Z3_param_kind2[Z3_param_kind2["Z3_PK_DOUBLE"] = 2] = "Z3_PK_DOUBLE";
      Z3_param_kind2[Z3_param_kind2["Z3_PK_SYMBOL"] = 3] = "Z3_PK_SYMBOL";
      Z3_param_kind2[Z3_param_kind2["Z3_PK_STRING"] = 4] = "Z3_PK_STRING";
      Z3_param_kind2[Z3_param_kind2["Z3_PK_OTHER"] = 5] = "Z3_PK_OTHER";
      Z3_param_kind2[Z3_param_kind2["Z3_PK_INVALID"] = 6] = "Z3_PK_INVALID";
    })(Z3_param_kind || (exports.Z3_param_kind = Z3_param_kind = {}));
    var Z3_ast_print_mode;
    (function(Z3_ast_print_mode2) {
      Z3_ast_print_mode2[Z3_ast_print_mode2["Z3_PRINT_SMTLIB_FULL"] = 0] = "Z3_PRINT_SMTLIB_FULL";
      Z3_ast_print_mode2[Z3_ast_print_mode2["Z3_PRINT_LOW_LEVEL"] = 1] = "Z3_PRINT_LOW_LEVEL";
      Z3_ast_print_mode2[Z3_ast_print_mode2["Z3_PRINT_SMTLIB2_COMPLIANT"] = 2] = "Z3_PRINT_SMTLIB2_COMPLIANT";
    })(Z3_ast_print_mode || (exports.Z3_ast_print_mode = Z3_ast_print_mode = {}));
    var Z3_error_code;
    (function(Z3_error_code2) {
      Z3_error_code2[Z3_error_code2["Z3_OK"] = 0] = "Z3_OK";
      Z3_error_code2[Z3_error_code2["Z3_SORT_ERROR"] = 1] = "Z3_SORT_ERROR";
      Z3_error_code2[Z3_error_code2["Z3_IOB"] = 2] = "Z3_IOB";
      Z3_error_code2[Z3_error_code2["Z3_INVALID_ARG"] = 3] = "Z3_INVALID_ARG";
      Z3_error_code2[Z3_error_code2["Z3_PARSER_ERROR"] = 4] = "Z3_PARSER_ERROR";
      Z3_error_code2[Z3_error_code2["Z3_NO_PARSER"] = 5] = "Z3_NO_PARSER";
      Z3_error_code2[Z3_error_code2["Z3_INVALID_PATTERN"] = 6] = "Z3_INVALID_PATTERN";
      Z3_error_code2[Z3_error_code2["Z3_MEMOUT_FAIL"] = 7] = "Z3_MEMOUT_FAIL";
      Z3_error_code2[Z3_error_code2["Z3_FILE_ACCESS_ERROR"] = 8] = "Z3_FILE_ACCESS_ERROR";
      Z3_error_code2[Z3_error_code2["Z3_INTERNAL_FATAL"] = 9] = "Z3_INTERNAL_FATAL";
      Z3_error_code2[Z3_error_code2["Z3_INVALID_USAGE"] = 10] = "Z3_INVALID_USAGE";
      Z3_error_code2[Z3_error_code2["Z3_DEC_REF_ERROR"] = 11] = "Z3_DEC_REF_ERROR";
      Z3_error_code2[Z3_error_code2["Z3_EXCEPTION"] = 12] = "Z3_EXCEPTION";
    })(Z3_error_code || (exports.Z3_error_code = Z3_error_code = {}));
    var Z3_goal_prec;
    (function(Z3_goal_prec2) {
      Z3_goal_prec2[Z3_goal_prec2["Z3_GOAL_PRECISE"] = 0] = "Z3_GOAL_PRECISE";
      Z3_goal_prec2[Z3_goal_prec2["Z3_GOAL_UNDER"] = 1] = "Z3_GOAL_UNDER";
      Z3_goal_prec2[Z3_goal_prec2["Z3_GOAL_OVER"] = 2] = "Z3_GOAL_OVER";
      Z3_goal_prec2[Z3_goal_prec2["Z3_GOAL_UNDER_OVER"] = 3] = "Z3_GOAL_UNDER_OVER";
    })(Z3_goal_prec || (exports.Z3_goal_prec = Z3_goal_prec = {}));
  }
});

// node_modules/z3-solver/build/low-level/wrapper.__GENERATED__.js
var require_wrapper_GENERATED = __commonJS({
  "node_modules/z3-solver/build/low-level/wrapper.__GENERATED__.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.init = init;
    async function init(initModule, moduleOverrides = {}) {
      let Mod = await initModule(moduleOverrides);
      function intArrayToByteArr(ints) {
        return new Uint8Array(new Uint32Array(ints).buffer);
      }
      function boolArrayToByteArr(bools) {
        return bools.map((b) => b ? 1 : 0);
      }
      function readUintArray(address, count) {
        return Array.from(new Uint32Array(Mod.HEAPU32.buffer, address, count));
      }
      let outAddress = Mod._malloc(24);
      let outUintArray = new Uint32Array(Mod.HEAPU32.buffer, outAddress, 6);
      let getOutUint = (i) => outUintArray[i];
      let outIntArray = new Int32Array(Mod.HEAPU32.buffer, outAddress, 6);
      let getOutInt = (i) => outIntArray[i];
      let outUint64Array = new BigUint64Array(Mod.HEAPU32.buffer, outAddress, 3);
      let getOutUint64 = (i) => outUint64Array[i];
      let outInt64Array = new BigInt64Array(Mod.HEAPU32.buffer, outAddress, 3);
      let getOutInt64 = (i) => outInt64Array[i];
      return {
        em: Mod,
        Z3: {
          mk_context: function(c) {
            let ctx = Mod._Z3_mk_context(c);
            Mod._set_noop_error_handler(ctx);
            return ctx;
          },
          mk_context_rc: function(c) {
            let ctx = Mod._Z3_mk_context_rc(c);
            Mod._set_noop_error_handler(ctx);
            return ctx;
          },
          global_param_set: function(param_id, param_value) {
            return Mod.ccall("Z3_global_param_set", "void", ["string", "string"], [param_id, param_value]);
          },
          global_param_reset_all: Mod._Z3_global_param_reset_all,
          global_param_get: function(param_id) {
            let ret = Mod.ccall("Z3_global_param_get", "boolean", ["string", "number"], [param_id, outAddress]);
            if (!ret) {
              return null;
            }
            return Mod.UTF8ToString(getOutUint(0));
          },
          mk_config: Mod._Z3_mk_config,
          del_config: Mod._Z3_del_config,
          set_param_value: function(c, param_id, param_value) {
            return Mod.ccall("Z3_set_param_value", "void", ["number", "string", "string"], [c, param_id, param_value]);
          },
          del_context: Mod._Z3_del_context,
          inc_ref: Mod._Z3_inc_ref,
          dec_ref: Mod._Z3_dec_ref,
          update_param_value: function(c, param_id, param_value) {
            return Mod.ccall("Z3_update_param_value", "void", ["number", "string", "string"], [c, param_id, param_value]);
          },
          get_global_param_descrs: Mod._Z3_get_global_param_descrs,
          interrupt: Mod._Z3_interrupt,
          enable_concurrent_dec_ref: Mod._Z3_enable_concurrent_dec_ref,
          mk_params: Mod._Z3_mk_params,
          params_inc_ref: Mod._Z3_params_inc_ref,
          params_dec_ref: Mod._Z3_params_dec_ref,
          params_set_bool: Mod._Z3_params_set_bool,
          params_set_uint: Mod._Z3_params_set_uint,
          params_set_double: Mod._Z3_params_set_double,
          params_set_symbol: Mod._Z3_params_set_symbol,
          params_to_string: function(c, p) {
            return Mod.ccall("Z3_params_to_string", "string", ["number", "number"], [c, p]);
          },
          params_validate: Mod._Z3_params_validate,
          param_descrs_inc_ref: Mod._Z3_param_descrs_inc_ref,
          param_descrs_dec_ref: Mod._Z3_param_descrs_dec_ref,
          param_descrs_get_kind: Mod._Z3_param_descrs_get_kind,
          param_descrs_size: function(c, p) {
            let ret = Mod.ccall("Z3_param_descrs_size", "number", ["number", "number"], [c, p]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          param_descrs_get_name: Mod._Z3_param_descrs_get_name,
          param_descrs_get_documentation: function(c, p, s) {
            return Mod.ccall("Z3_param_descrs_get_documentation", "string", ["number", "number", "number"], [c, p, s]);
          },
          param_descrs_to_string: function(c, p) {
            return Mod.ccall("Z3_param_descrs_to_string", "string", ["number", "number"], [c, p]);
          },
          mk_int_symbol: Mod._Z3_mk_int_symbol,
          mk_string_symbol: function(c, s) {
            return Mod.ccall("Z3_mk_string_symbol", "number", ["number", "string"], [c, s]);
          },
          mk_uninterpreted_sort: Mod._Z3_mk_uninterpreted_sort,
          mk_type_variable: Mod._Z3_mk_type_variable,
          mk_bool_sort: Mod._Z3_mk_bool_sort,
          mk_int_sort: Mod._Z3_mk_int_sort,
          mk_real_sort: Mod._Z3_mk_real_sort,
          mk_bv_sort: Mod._Z3_mk_bv_sort,
          mk_finite_domain_sort: Mod._Z3_mk_finite_domain_sort,
          mk_array_sort: Mod._Z3_mk_array_sort,
          mk_array_sort_n: function(c, domain, range) {
            return Mod.ccall("Z3_mk_array_sort_n", "number", ["number", "number", "array", "number"], [
              c,
              domain.length,
              intArrayToByteArr(domain),
              range
            ]);
          },
          mk_tuple_sort: function(c, mk_tuple_name, field_names, field_sorts) {
            if (field_names.length !== field_sorts.length) {
              throw new TypeError(`field_names and field_sorts must be the same length (got ${field_names.length} and {field_sorts.length})`);
            }
            let outArray_proj_decl = Mod._malloc(4 * field_names.length);
            try {
              let ret = Mod.ccall("Z3_mk_tuple_sort", "number", [
                "number",
                "number",
                "number",
                "array",
                "array",
                "number",
                "number"
              ], [
                c,
                mk_tuple_name,
                field_names.length,
                intArrayToByteArr(field_names),
                intArrayToByteArr(field_sorts),
                outAddress,
                outArray_proj_decl
              ]);
              return {
                rv: ret,
                mk_tuple_decl: getOutUint(0),
                proj_decl: readUintArray(outArray_proj_decl, field_names.length)
              };
            } finally {
              Mod._free(outArray_proj_decl);
            }
          },
          mk_enumeration_sort: function(c, name, enum_names) {
            let outArray_enum_consts = Mod._malloc(4 * enum_names.length);
            try {
              let outArray_enum_testers = Mod._malloc(4 * enum_names.length);
              try {
                let ret = Mod.ccall("Z3_mk_enumeration_sort", "number", ["number", "number", "number", "array", "number", "number"], [
                  c,
                  name,
                  enum_names.length,
                  intArrayToByteArr(enum_names),
                  outArray_enum_consts,
                  outArray_enum_testers
                ]);
                return {
                  rv: ret,
                  enum_consts: readUintArray(outArray_enum_consts, enum_names.length),
                  enum_testers: readUintArray(outArray_enum_testers, enum_names.length)
                };
              } finally {
                Mod._free(outArray_enum_testers);
              }
            } finally {
              Mod._free(outArray_enum_consts);
            }
          },
          mk_list_sort: function(c, name, elem_sort) {
            let ret = Mod.ccall("Z3_mk_list_sort", "number", [
              "number",
              "number",
              "number",
              "number",
              "number",
              "number",
              "number",
              "number",
              "number"
            ], [
              c,
              name,
              elem_sort,
              outAddress,
              outAddress + 4,
              outAddress + 8,
              outAddress + 12,
              outAddress + 16,
              outAddress + 20
            ]);
            return {
              rv: ret,
              nil_decl: getOutUint(0),
              is_nil_decl: getOutUint(1),
              cons_decl: getOutUint(2),
              is_cons_decl: getOutUint(3),
              head_decl: getOutUint(4),
              tail_decl: getOutUint(5)
            };
          },
          mk_constructor: function(c, name, recognizer, field_names, sorts, sort_refs) {
            if (field_names.length !== sorts.length) {
              throw new TypeError(`field_names and sorts must be the same length (got ${field_names.length} and {sorts.length})`);
            }
            if (field_names.length !== sort_refs.length) {
              throw new TypeError(`field_names and sort_refs must be the same length (got ${field_names.length} and {sort_refs.length})`);
            }
            return Mod.ccall("Z3_mk_constructor", "number", ["number", "number", "number", "number", "array", "array", "array"], [
              c,
              name,
              recognizer,
              field_names.length,
              intArrayToByteArr(field_names),
              intArrayToByteArr(sorts),
              intArrayToByteArr(sort_refs)
            ]);
          },
          constructor_num_fields: function(c, constr) {
            let ret = Mod.ccall("Z3_constructor_num_fields", "number", ["number", "number"], [c, constr]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          del_constructor: Mod._Z3_del_constructor,
          mk_datatype: function(c, name, constructors) {
            return Mod.ccall("Z3_mk_datatype", "number", ["number", "number", "number", "array"], [
              c,
              name,
              constructors.length,
              intArrayToByteArr(constructors)
            ]);
          },
          mk_polymorphic_datatype: function(c, name, parameters, constructors) {
            return Mod.ccall("Z3_mk_polymorphic_datatype", "number", ["number", "number", "number", "array", "number", "array"], [
              c,
              name,
              parameters.length,
              intArrayToByteArr(parameters),
              constructors.length,
              intArrayToByteArr(constructors)
            ]);
          },
          mk_datatype_sort: function(c, name, params) {
            return Mod.ccall("Z3_mk_datatype_sort", "number", ["number", "number", "number", "array"], [
              c,
              name,
              params.length,
              intArrayToByteArr(params)
            ]);
          },
          mk_constructor_list: function(c, constructors) {
            return Mod.ccall("Z3_mk_constructor_list", "number", ["number", "number", "array"], [
              c,
              constructors.length,
              intArrayToByteArr(constructors)
            ]);
          },
          del_constructor_list: Mod._Z3_del_constructor_list,
          mk_datatypes: function(c, sort_names, constructor_lists) {
            if (sort_names.length !== constructor_lists.length) {
              throw new TypeError(`sort_names and constructor_lists must be the same length (got ${sort_names.length} and {constructor_lists.length})`);
            }
            let outArray_sorts = Mod._malloc(4 * sort_names.length);
            try {
              let ret = Mod.ccall("Z3_mk_datatypes", "void", ["number", "number", "array", "number", "array"], [
                c,
                sort_names.length,
                intArrayToByteArr(sort_names),
                outArray_sorts,
                intArrayToByteArr(constructor_lists)
              ]);
              return readUintArray(outArray_sorts, sort_names.length);
            } finally {
              Mod._free(outArray_sorts);
            }
          },
          query_constructor: function(c, constr, num_fields) {
            let outArray_accessors = Mod._malloc(4 * num_fields);
            try {
              let ret = Mod.ccall("Z3_query_constructor", "void", ["number", "number", "number", "number", "number", "number"], [
                c,
                constr,
                num_fields,
                outAddress,
                outAddress + 4,
                outArray_accessors
              ]);
              return {
                constructor: getOutUint(0),
                tester: getOutUint(1),
                accessors: readUintArray(outArray_accessors, num_fields)
              };
            } finally {
              Mod._free(outArray_accessors);
            }
          },
          mk_func_decl: function(c, s, domain, range) {
            return Mod.ccall("Z3_mk_func_decl", "number", ["number", "number", "number", "array", "number"], [
              c,
              s,
              domain.length,
              intArrayToByteArr(domain),
              range
            ]);
          },
          mk_app: function(c, d, args) {
            return Mod.ccall("Z3_mk_app", "number", ["number", "number", "number", "array"], [c, d, args.length, intArrayToByteArr(args)]);
          },
          mk_const: Mod._Z3_mk_const,
          mk_fresh_func_decl: function(c, prefix, domain, range) {
            return Mod.ccall("Z3_mk_fresh_func_decl", "number", ["number", "string", "number", "array", "number"], [
              c,
              prefix,
              domain.length,
              intArrayToByteArr(domain),
              range
            ]);
          },
          mk_fresh_const: function(c, prefix, ty) {
            return Mod.ccall("Z3_mk_fresh_const", "number", ["number", "string", "number"], [c, prefix, ty]);
          },
          mk_rec_func_decl: function(c, s, domain, range) {
            return Mod.ccall("Z3_mk_rec_func_decl", "number", ["number", "number", "number", "array", "number"], [
              c,
              s,
              domain.length,
              intArrayToByteArr(domain),
              range
            ]);
          },
          add_rec_def: function(c, f, args, body) {
            return Mod.ccall("Z3_add_rec_def", "void", ["number", "number", "number", "array", "number"], [
              c,
              f,
              args.length,
              intArrayToByteArr(args),
              body
            ]);
          },
          mk_true: Mod._Z3_mk_true,
          mk_false: Mod._Z3_mk_false,
          mk_eq: Mod._Z3_mk_eq,
          mk_distinct: function(c, args) {
            return Mod.ccall("Z3_mk_distinct", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_not: Mod._Z3_mk_not,
          mk_ite: Mod._Z3_mk_ite,
          mk_iff: Mod._Z3_mk_iff,
          mk_implies: Mod._Z3_mk_implies,
          mk_xor: Mod._Z3_mk_xor,
          mk_and: function(c, args) {
            return Mod.ccall("Z3_mk_and", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_or: function(c, args) {
            return Mod.ccall("Z3_mk_or", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_add: function(c, args) {
            return Mod.ccall("Z3_mk_add", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_mul: function(c, args) {
            return Mod.ccall("Z3_mk_mul", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_sub: function(c, args) {
            return Mod.ccall("Z3_mk_sub", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_unary_minus: Mod._Z3_mk_unary_minus,
          mk_div: Mod._Z3_mk_div,
          mk_mod: Mod._Z3_mk_mod,
          mk_rem: Mod._Z3_mk_rem,
          mk_power: Mod._Z3_mk_power,
          mk_abs: Mod._Z3_mk_abs,
          mk_lt: Mod._Z3_mk_lt,
          mk_le: Mod._Z3_mk_le,
          mk_gt: Mod._Z3_mk_gt,
          mk_ge: Mod._Z3_mk_ge,
          mk_divides: Mod._Z3_mk_divides,
          mk_int2real: Mod._Z3_mk_int2real,
          mk_real2int: Mod._Z3_mk_real2int,
          mk_is_int: Mod._Z3_mk_is_int,
          mk_bvnot: Mod._Z3_mk_bvnot,
          mk_bvredand: Mod._Z3_mk_bvredand,
          mk_bvredor: Mod._Z3_mk_bvredor,
          mk_bvand: Mod._Z3_mk_bvand,
          mk_bvor: Mod._Z3_mk_bvor,
          mk_bvxor: Mod._Z3_mk_bvxor,
          mk_bvnand: Mod._Z3_mk_bvnand,
          mk_bvnor: Mod._Z3_mk_bvnor,
          mk_bvxnor: Mod._Z3_mk_bvxnor,
          mk_bvneg: Mod._Z3_mk_bvneg,
          mk_bvadd: Mod._Z3_mk_bvadd,
          mk_bvsub: Mod._Z3_mk_bvsub,
          mk_bvmul: Mod._Z3_mk_bvmul,
          mk_bvudiv: Mod._Z3_mk_bvudiv,
          mk_bvsdiv: Mod._Z3_mk_bvsdiv,
          mk_bvurem: Mod._Z3_mk_bvurem,
          mk_bvsrem: Mod._Z3_mk_bvsrem,
          mk_bvsmod: Mod._Z3_mk_bvsmod,
          mk_bvult: Mod._Z3_mk_bvult,
          mk_bvslt: Mod._Z3_mk_bvslt,
          mk_bvule: Mod._Z3_mk_bvule,
          mk_bvsle: Mod._Z3_mk_bvsle,
          mk_bvuge: Mod._Z3_mk_bvuge,
          mk_bvsge: Mod._Z3_mk_bvsge,
          mk_bvugt: Mod._Z3_mk_bvugt,
          mk_bvsgt: Mod._Z3_mk_bvsgt,
          mk_concat: Mod._Z3_mk_concat,
          mk_extract: Mod._Z3_mk_extract,
          mk_sign_ext: Mod._Z3_mk_sign_ext,
          mk_zero_ext: Mod._Z3_mk_zero_ext,
          mk_repeat: Mod._Z3_mk_repeat,
          mk_bit2bool: Mod._Z3_mk_bit2bool,
          mk_bvshl: Mod._Z3_mk_bvshl,
          mk_bvlshr: Mod._Z3_mk_bvlshr,
          mk_bvashr: Mod._Z3_mk_bvashr,
          mk_rotate_left: Mod._Z3_mk_rotate_left,
          mk_rotate_right: Mod._Z3_mk_rotate_right,
          mk_ext_rotate_left: Mod._Z3_mk_ext_rotate_left,
          mk_ext_rotate_right: Mod._Z3_mk_ext_rotate_right,
          mk_int2bv: Mod._Z3_mk_int2bv,
          mk_bv2int: Mod._Z3_mk_bv2int,
          mk_bvadd_no_overflow: Mod._Z3_mk_bvadd_no_overflow,
          mk_bvadd_no_underflow: Mod._Z3_mk_bvadd_no_underflow,
          mk_bvsub_no_overflow: Mod._Z3_mk_bvsub_no_overflow,
          mk_bvsub_no_underflow: Mod._Z3_mk_bvsub_no_underflow,
          mk_bvsdiv_no_overflow: Mod._Z3_mk_bvsdiv_no_overflow,
          mk_bvneg_no_overflow: Mod._Z3_mk_bvneg_no_overflow,
          mk_bvmul_no_overflow: Mod._Z3_mk_bvmul_no_overflow,
          mk_bvmul_no_underflow: Mod._Z3_mk_bvmul_no_underflow,
          mk_select: Mod._Z3_mk_select,
          mk_select_n: function(c, a, idxs) {
            return Mod.ccall("Z3_mk_select_n", "number", ["number", "number", "number", "array"], [c, a, idxs.length, intArrayToByteArr(idxs)]);
          },
          mk_store: Mod._Z3_mk_store,
          mk_store_n: function(c, a, idxs, v) {
            return Mod.ccall("Z3_mk_store_n", "number", ["number", "number", "number", "array", "number"], [
              c,
              a,
              idxs.length,
              intArrayToByteArr(idxs),
              v
            ]);
          },
          mk_const_array: Mod._Z3_mk_const_array,
          mk_map: function(c, f, args) {
            return Mod.ccall("Z3_mk_map", "number", ["number", "number", "number", "array"], [c, f, args.length, intArrayToByteArr(args)]);
          },
          mk_array_default: Mod._Z3_mk_array_default,
          mk_as_array: Mod._Z3_mk_as_array,
          mk_set_sort: Mod._Z3_mk_set_sort,
          mk_empty_set: Mod._Z3_mk_empty_set,
          mk_full_set: Mod._Z3_mk_full_set,
          mk_set_add: Mod._Z3_mk_set_add,
          mk_set_del: Mod._Z3_mk_set_del,
          mk_set_union: function(c, args) {
            return Mod.ccall("Z3_mk_set_union", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_set_intersect: function(c, args) {
            return Mod.ccall("Z3_mk_set_intersect", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_set_difference: Mod._Z3_mk_set_difference,
          mk_set_complement: Mod._Z3_mk_set_complement,
          mk_set_member: Mod._Z3_mk_set_member,
          mk_set_subset: Mod._Z3_mk_set_subset,
          mk_array_ext: Mod._Z3_mk_array_ext,
          mk_finite_set_sort: Mod._Z3_mk_finite_set_sort,
          is_finite_set_sort: function(c, s) {
            return Mod.ccall("Z3_is_finite_set_sort", "boolean", ["number", "number"], [c, s]);
          },
          get_finite_set_sort_basis: Mod._Z3_get_finite_set_sort_basis,
          mk_finite_set_empty: Mod._Z3_mk_finite_set_empty,
          mk_finite_set_singleton: Mod._Z3_mk_finite_set_singleton,
          mk_finite_set_union: Mod._Z3_mk_finite_set_union,
          mk_finite_set_intersect: Mod._Z3_mk_finite_set_intersect,
          mk_finite_set_difference: Mod._Z3_mk_finite_set_difference,
          mk_finite_set_member: Mod._Z3_mk_finite_set_member,
          mk_finite_set_size: Mod._Z3_mk_finite_set_size,
          mk_finite_set_subset: Mod._Z3_mk_finite_set_subset,
          mk_finite_set_map: Mod._Z3_mk_finite_set_map,
          mk_finite_set_filter: Mod._Z3_mk_finite_set_filter,
          mk_finite_set_range: Mod._Z3_mk_finite_set_range,
          mk_numeral: function(c, numeral, ty) {
            return Mod.ccall("Z3_mk_numeral", "number", ["number", "string", "number"], [c, numeral, ty]);
          },
          mk_real: Mod._Z3_mk_real,
          mk_real_int64: Mod._Z3_mk_real_int64,
          mk_int: Mod._Z3_mk_int,
          mk_unsigned_int: Mod._Z3_mk_unsigned_int,
          mk_int64: Mod._Z3_mk_int64,
          mk_unsigned_int64: Mod._Z3_mk_unsigned_int64,
          mk_bv_numeral: function(c, bits) {
            return Mod.ccall("Z3_mk_bv_numeral", "number", ["number", "number", "array"], [c, bits.length, boolArrayToByteArr(bits)]);
          },
          mk_seq_sort: Mod._Z3_mk_seq_sort,
          is_seq_sort: function(c, s) {
            return Mod.ccall("Z3_is_seq_sort", "boolean", ["number", "number"], [c, s]);
          },
          get_seq_sort_basis: Mod._Z3_get_seq_sort_basis,
          mk_re_sort: Mod._Z3_mk_re_sort,
          is_re_sort: function(c, s) {
            return Mod.ccall("Z3_is_re_sort", "boolean", ["number", "number"], [c, s]);
          },
          get_re_sort_basis: Mod._Z3_get_re_sort_basis,
          mk_string_sort: Mod._Z3_mk_string_sort,
          mk_char_sort: Mod._Z3_mk_char_sort,
          is_string_sort: function(c, s) {
            return Mod.ccall("Z3_is_string_sort", "boolean", ["number", "number"], [c, s]);
          },
          is_char_sort: function(c, s) {
            return Mod.ccall("Z3_is_char_sort", "boolean", ["number", "number"], [c, s]);
          },
          mk_string: function(c, s) {
            return Mod.ccall("Z3_mk_string", "number", ["number", "string"], [c, s]);
          },
          mk_lstring: function(c, len, s) {
            return Mod.ccall("Z3_mk_lstring", "number", ["number", "number", "string"], [c, len, s]);
          },
          mk_u32string: function(c, chars) {
            return Mod.ccall("Z3_mk_u32string", "number", ["number", "number", "array"], [c, chars.length, intArrayToByteArr(chars)]);
          },
          is_string: function(c, s) {
            return Mod.ccall("Z3_is_string", "boolean", ["number", "number"], [c, s]);
          },
          get_string: function(c, s) {
            return Mod.ccall("Z3_get_string", "string", ["number", "number"], [c, s]);
          },
          get_string_length: function(c, s) {
            let ret = Mod.ccall("Z3_get_string_length", "number", ["number", "number"], [c, s]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_string_contents: function(c, s, length) {
            let outArray_contents = Mod._malloc(4 * length);
            try {
              let ret = Mod.ccall("Z3_get_string_contents", "void", ["number", "number", "number", "number"], [c, s, length, outArray_contents]);
              return readUintArray(outArray_contents, length);
            } finally {
              Mod._free(outArray_contents);
            }
          },
          mk_seq_empty: Mod._Z3_mk_seq_empty,
          mk_seq_unit: Mod._Z3_mk_seq_unit,
          mk_seq_concat: function(c, args) {
            return Mod.ccall("Z3_mk_seq_concat", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_seq_prefix: Mod._Z3_mk_seq_prefix,
          mk_seq_suffix: Mod._Z3_mk_seq_suffix,
          mk_seq_contains: Mod._Z3_mk_seq_contains,
          mk_str_lt: Mod._Z3_mk_str_lt,
          mk_str_le: Mod._Z3_mk_str_le,
          mk_seq_extract: Mod._Z3_mk_seq_extract,
          mk_seq_replace: Mod._Z3_mk_seq_replace,
          mk_seq_replace_all: Mod._Z3_mk_seq_replace_all,
          mk_seq_replace_re: Mod._Z3_mk_seq_replace_re,
          mk_seq_replace_re_all: Mod._Z3_mk_seq_replace_re_all,
          mk_seq_at: Mod._Z3_mk_seq_at,
          mk_seq_nth: Mod._Z3_mk_seq_nth,
          mk_seq_length: Mod._Z3_mk_seq_length,
          mk_seq_index: Mod._Z3_mk_seq_index,
          mk_seq_last_index: Mod._Z3_mk_seq_last_index,
          mk_seq_map: Mod._Z3_mk_seq_map,
          mk_seq_mapi: Mod._Z3_mk_seq_mapi,
          mk_seq_foldl: Mod._Z3_mk_seq_foldl,
          mk_seq_foldli: Mod._Z3_mk_seq_foldli,
          mk_str_to_int: Mod._Z3_mk_str_to_int,
          mk_int_to_str: Mod._Z3_mk_int_to_str,
          mk_string_to_code: Mod._Z3_mk_string_to_code,
          mk_string_from_code: Mod._Z3_mk_string_from_code,
          mk_ubv_to_str: Mod._Z3_mk_ubv_to_str,
          mk_sbv_to_str: Mod._Z3_mk_sbv_to_str,
          mk_seq_to_re: Mod._Z3_mk_seq_to_re,
          mk_seq_in_re: Mod._Z3_mk_seq_in_re,
          mk_re_plus: Mod._Z3_mk_re_plus,
          mk_re_star: Mod._Z3_mk_re_star,
          mk_re_option: Mod._Z3_mk_re_option,
          mk_re_union: function(c, args) {
            return Mod.ccall("Z3_mk_re_union", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_re_concat: function(c, args) {
            return Mod.ccall("Z3_mk_re_concat", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_re_range: Mod._Z3_mk_re_range,
          mk_re_allchar: Mod._Z3_mk_re_allchar,
          mk_re_loop: Mod._Z3_mk_re_loop,
          mk_re_power: Mod._Z3_mk_re_power,
          mk_re_intersect: function(c, args) {
            return Mod.ccall("Z3_mk_re_intersect", "number", ["number", "number", "array"], [c, args.length, intArrayToByteArr(args)]);
          },
          mk_re_complement: Mod._Z3_mk_re_complement,
          mk_re_diff: Mod._Z3_mk_re_diff,
          mk_re_empty: Mod._Z3_mk_re_empty,
          mk_re_full: Mod._Z3_mk_re_full,
          mk_char: Mod._Z3_mk_char,
          mk_char_le: Mod._Z3_mk_char_le,
          mk_char_to_int: Mod._Z3_mk_char_to_int,
          mk_char_to_bv: Mod._Z3_mk_char_to_bv,
          mk_char_from_bv: Mod._Z3_mk_char_from_bv,
          mk_char_is_digit: Mod._Z3_mk_char_is_digit,
          mk_linear_order: Mod._Z3_mk_linear_order,
          mk_partial_order: Mod._Z3_mk_partial_order,
          mk_piecewise_linear_order: Mod._Z3_mk_piecewise_linear_order,
          mk_tree_order: Mod._Z3_mk_tree_order,
          mk_transitive_closure: Mod._Z3_mk_transitive_closure,
          mk_pattern: function(c, terms) {
            return Mod.ccall("Z3_mk_pattern", "number", ["number", "number", "array"], [c, terms.length, intArrayToByteArr(terms)]);
          },
          mk_bound: Mod._Z3_mk_bound,
          mk_forall: function(c, weight, patterns, sorts, decl_names, body) {
            if (sorts.length !== decl_names.length) {
              throw new TypeError(`sorts and decl_names must be the same length (got ${sorts.length} and {decl_names.length})`);
            }
            return Mod.ccall("Z3_mk_forall", "number", [
              "number",
              "number",
              "number",
              "array",
              "number",
              "array",
              "array",
              "number"
            ], [
              c,
              weight,
              patterns.length,
              intArrayToByteArr(patterns),
              sorts.length,
              intArrayToByteArr(sorts),
              intArrayToByteArr(decl_names),
              body
            ]);
          },
          mk_exists: function(c, weight, patterns, sorts, decl_names, body) {
            if (sorts.length !== decl_names.length) {
              throw new TypeError(`sorts and decl_names must be the same length (got ${sorts.length} and {decl_names.length})`);
            }
            return Mod.ccall("Z3_mk_exists", "number", [
              "number",
              "number",
              "number",
              "array",
              "number",
              "array",
              "array",
              "number"
            ], [
              c,
              weight,
              patterns.length,
              intArrayToByteArr(patterns),
              sorts.length,
              intArrayToByteArr(sorts),
              intArrayToByteArr(decl_names),
              body
            ]);
          },
          mk_quantifier: function(c, is_forall, weight, patterns, sorts, decl_names, body) {
            if (sorts.length !== decl_names.length) {
              throw new TypeError(`sorts and decl_names must be the same length (got ${sorts.length} and {decl_names.length})`);
            }
            return Mod.ccall("Z3_mk_quantifier", "number", [
              "number",
              "boolean",
              "number",
              "number",
              "array",
              "number",
              "array",
              "array",
              "number"
            ], [
              c,
              is_forall,
              weight,
              patterns.length,
              intArrayToByteArr(patterns),
              sorts.length,
              intArrayToByteArr(sorts),
              intArrayToByteArr(decl_names),
              body
            ]);
          },
          mk_quantifier_ex: function(c, is_forall, weight, quantifier_id, skolem_id, patterns, no_patterns, sorts, decl_names, body) {
            if (sorts.length !== decl_names.length) {
              throw new TypeError(`sorts and decl_names must be the same length (got ${sorts.length} and {decl_names.length})`);
            }
            return Mod.ccall("Z3_mk_quantifier_ex", "number", [
              "number",
              "boolean",
              "number",
              "number",
              "number",
              "number",
              "array",
              "number",
              "array",
              "number",
              "array",
              "array",
              "number"
            ], [
              c,
              is_forall,
              weight,
              quantifier_id,
              skolem_id,
              patterns.length,
              intArrayToByteArr(patterns),
              no_patterns.length,
              intArrayToByteArr(no_patterns),
              sorts.length,
              intArrayToByteArr(sorts),
              intArrayToByteArr(decl_names),
              body
            ]);
          },
          mk_forall_const: function(c, weight, bound, patterns, body) {
            return Mod.ccall("Z3_mk_forall_const", "number", ["number", "number", "number", "array", "number", "array", "number"], [
              c,
              weight,
              bound.length,
              intArrayToByteArr(bound),
              patterns.length,
              intArrayToByteArr(patterns),
              body
            ]);
          },
          mk_exists_const: function(c, weight, bound, patterns, body) {
            return Mod.ccall("Z3_mk_exists_const", "number", ["number", "number", "number", "array", "number", "array", "number"], [
              c,
              weight,
              bound.length,
              intArrayToByteArr(bound),
              patterns.length,
              intArrayToByteArr(patterns),
              body
            ]);
          },
          mk_quantifier_const: function(c, is_forall, weight, bound, patterns, body) {
            return Mod.ccall("Z3_mk_quantifier_const", "number", [
              "number",
              "boolean",
              "number",
              "number",
              "array",
              "number",
              "array",
              "number"
            ], [
              c,
              is_forall,
              weight,
              bound.length,
              intArrayToByteArr(bound),
              patterns.length,
              intArrayToByteArr(patterns),
              body
            ]);
          },
          mk_quantifier_const_ex: function(c, is_forall, weight, quantifier_id, skolem_id, bound, patterns, no_patterns, body) {
            return Mod.ccall("Z3_mk_quantifier_const_ex", "number", [
              "number",
              "boolean",
              "number",
              "number",
              "number",
              "number",
              "array",
              "number",
              "array",
              "number",
              "array",
              "number"
            ], [
              c,
              is_forall,
              weight,
              quantifier_id,
              skolem_id,
              bound.length,
              intArrayToByteArr(bound),
              patterns.length,
              intArrayToByteArr(patterns),
              no_patterns.length,
              intArrayToByteArr(no_patterns),
              body
            ]);
          },
          mk_lambda: function(c, sorts, decl_names, body) {
            if (sorts.length !== decl_names.length) {
              throw new TypeError(`sorts and decl_names must be the same length (got ${sorts.length} and {decl_names.length})`);
            }
            return Mod.ccall("Z3_mk_lambda", "number", ["number", "number", "array", "array", "number"], [
              c,
              sorts.length,
              intArrayToByteArr(sorts),
              intArrayToByteArr(decl_names),
              body
            ]);
          },
          mk_lambda_const: function(c, bound, body) {
            return Mod.ccall("Z3_mk_lambda_const", "number", ["number", "number", "array", "number"], [
              c,
              bound.length,
              intArrayToByteArr(bound),
              body
            ]);
          },
          get_symbol_kind: Mod._Z3_get_symbol_kind,
          get_symbol_int: Mod._Z3_get_symbol_int,
          get_symbol_string: function(c, s) {
            return Mod.ccall("Z3_get_symbol_string", "string", ["number", "number"], [c, s]);
          },
          get_sort_name: Mod._Z3_get_sort_name,
          get_sort_id: function(c, s) {
            let ret = Mod.ccall("Z3_get_sort_id", "number", ["number", "number"], [c, s]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          sort_to_ast: Mod._Z3_sort_to_ast,
          is_eq_sort: function(c, s1, s2) {
            return Mod.ccall("Z3_is_eq_sort", "boolean", ["number", "number", "number"], [c, s1, s2]);
          },
          get_sort_kind: Mod._Z3_get_sort_kind,
          get_bv_sort_size: function(c, t) {
            let ret = Mod.ccall("Z3_get_bv_sort_size", "number", ["number", "number"], [c, t]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_finite_domain_sort_size: function(c, s) {
            let ret = Mod.ccall("Z3_get_finite_domain_sort_size", "boolean", ["number", "number", "number"], [c, s, outAddress]);
            if (!ret) {
              return null;
            }
            return getOutUint64(0);
          },
          get_array_arity: function(c, s) {
            let ret = Mod.ccall("Z3_get_array_arity", "number", ["number", "number"], [c, s]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_array_sort_domain: Mod._Z3_get_array_sort_domain,
          get_array_sort_domain_n: Mod._Z3_get_array_sort_domain_n,
          get_array_sort_range: Mod._Z3_get_array_sort_range,
          get_tuple_sort_mk_decl: Mod._Z3_get_tuple_sort_mk_decl,
          get_tuple_sort_num_fields: function(c, t) {
            let ret = Mod.ccall("Z3_get_tuple_sort_num_fields", "number", ["number", "number"], [c, t]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_tuple_sort_field_decl: Mod._Z3_get_tuple_sort_field_decl,
          is_recursive_datatype_sort: function(c, s) {
            return Mod.ccall("Z3_is_recursive_datatype_sort", "boolean", ["number", "number"], [c, s]);
          },
          get_datatype_sort_num_constructors: function(c, t) {
            let ret = Mod.ccall("Z3_get_datatype_sort_num_constructors", "number", ["number", "number"], [c, t]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_datatype_sort_constructor: Mod._Z3_get_datatype_sort_constructor,
          get_datatype_sort_recognizer: Mod._Z3_get_datatype_sort_recognizer,
          get_datatype_sort_constructor_accessor: Mod._Z3_get_datatype_sort_constructor_accessor,
          datatype_update_field: Mod._Z3_datatype_update_field,
          get_relation_arity: function(c, s) {
            let ret = Mod.ccall("Z3_get_relation_arity", "number", ["number", "number"], [c, s]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_relation_column: Mod._Z3_get_relation_column,
          mk_atmost: function(c, args, k) {
            return Mod.ccall("Z3_mk_atmost", "number", ["number", "number", "array", "number"], [c, args.length, intArrayToByteArr(args), k]);
          },
          mk_atleast: function(c, args, k) {
            return Mod.ccall("Z3_mk_atleast", "number", ["number", "number", "array", "number"], [c, args.length, intArrayToByteArr(args), k]);
          },
          mk_pble: function(c, args, coeffs, k) {
            if (args.length !== coeffs.length) {
              throw new TypeError(`args and coeffs must be the same length (got ${args.length} and {coeffs.length})`);
            }
            return Mod.ccall("Z3_mk_pble", "number", ["number", "number", "array", "array", "number"], [
              c,
              args.length,
              intArrayToByteArr(args),
              intArrayToByteArr(coeffs),
              k
            ]);
          },
          mk_pbge: function(c, args, coeffs, k) {
            if (args.length !== coeffs.length) {
              throw new TypeError(`args and coeffs must be the same length (got ${args.length} and {coeffs.length})`);
            }
            return Mod.ccall("Z3_mk_pbge", "number", ["number", "number", "array", "array", "number"], [
              c,
              args.length,
              intArrayToByteArr(args),
              intArrayToByteArr(coeffs),
              k
            ]);
          },
          mk_pbeq: function(c, args, coeffs, k) {
            if (args.length !== coeffs.length) {
              throw new TypeError(`args and coeffs must be the same length (got ${args.length} and {coeffs.length})`);
            }
            return Mod.ccall("Z3_mk_pbeq", "number", ["number", "number", "array", "array", "number"], [
              c,
              args.length,
              intArrayToByteArr(args),
              intArrayToByteArr(coeffs),
              k
            ]);
          },
          func_decl_to_ast: Mod._Z3_func_decl_to_ast,
          is_eq_func_decl: function(c, f1, f2) {
            return Mod.ccall("Z3_is_eq_func_decl", "boolean", ["number", "number", "number"], [c, f1, f2]);
          },
          get_func_decl_id: function(c, f) {
            let ret = Mod.ccall("Z3_get_func_decl_id", "number", ["number", "number"], [c, f]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_decl_name: Mod._Z3_get_decl_name,
          get_decl_kind: Mod._Z3_get_decl_kind,
          get_domain_size: function(c, d) {
            let ret = Mod.ccall("Z3_get_domain_size", "number", ["number", "number"], [c, d]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_arity: function(c, d) {
            let ret = Mod.ccall("Z3_get_arity", "number", ["number", "number"], [c, d]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_domain: Mod._Z3_get_domain,
          get_range: Mod._Z3_get_range,
          get_decl_num_parameters: function(c, d) {
            let ret = Mod.ccall("Z3_get_decl_num_parameters", "number", ["number", "number"], [c, d]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_decl_parameter_kind: Mod._Z3_get_decl_parameter_kind,
          get_decl_int_parameter: Mod._Z3_get_decl_int_parameter,
          get_decl_double_parameter: Mod._Z3_get_decl_double_parameter,
          get_decl_symbol_parameter: Mod._Z3_get_decl_symbol_parameter,
          get_decl_sort_parameter: Mod._Z3_get_decl_sort_parameter,
          get_decl_ast_parameter: Mod._Z3_get_decl_ast_parameter,
          get_decl_func_decl_parameter: Mod._Z3_get_decl_func_decl_parameter,
          get_decl_rational_parameter: function(c, d, idx) {
            return Mod.ccall("Z3_get_decl_rational_parameter", "string", ["number", "number", "number"], [c, d, idx]);
          },
          app_to_ast: Mod._Z3_app_to_ast,
          get_app_decl: Mod._Z3_get_app_decl,
          get_app_num_args: function(c, a) {
            let ret = Mod.ccall("Z3_get_app_num_args", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_app_arg: Mod._Z3_get_app_arg,
          is_eq_ast: function(c, t1, t2) {
            return Mod.ccall("Z3_is_eq_ast", "boolean", ["number", "number", "number"], [c, t1, t2]);
          },
          get_ast_id: function(c, t) {
            let ret = Mod.ccall("Z3_get_ast_id", "number", ["number", "number"], [c, t]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_ast_hash: function(c, a) {
            let ret = Mod.ccall("Z3_get_ast_hash", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_sort: Mod._Z3_get_sort,
          is_well_sorted: function(c, t) {
            return Mod.ccall("Z3_is_well_sorted", "boolean", ["number", "number"], [c, t]);
          },
          get_bool_value: Mod._Z3_get_bool_value,
          get_ast_kind: Mod._Z3_get_ast_kind,
          is_app: function(c, a) {
            return Mod.ccall("Z3_is_app", "boolean", ["number", "number"], [c, a]);
          },
          is_ground: function(c, a) {
            return Mod.ccall("Z3_is_ground", "boolean", ["number", "number"], [c, a]);
          },
          get_depth: function(c, a) {
            let ret = Mod.ccall("Z3_get_depth", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          is_numeral_ast: function(c, a) {
            return Mod.ccall("Z3_is_numeral_ast", "boolean", ["number", "number"], [c, a]);
          },
          is_algebraic_number: function(c, a) {
            return Mod.ccall("Z3_is_algebraic_number", "boolean", ["number", "number"], [c, a]);
          },
          to_app: Mod._Z3_to_app,
          to_func_decl: Mod._Z3_to_func_decl,
          get_numeral_string: function(c, a) {
            return Mod.ccall("Z3_get_numeral_string", "string", ["number", "number"], [c, a]);
          },
          get_numeral_binary_string: function(c, a) {
            return Mod.ccall("Z3_get_numeral_binary_string", "string", ["number", "number"], [c, a]);
          },
          get_numeral_decimal_string: function(c, a, precision) {
            return Mod.ccall("Z3_get_numeral_decimal_string", "string", ["number", "number", "number"], [c, a, precision]);
          },
          get_numeral_double: Mod._Z3_get_numeral_double,
          get_numerator: Mod._Z3_get_numerator,
          get_denominator: Mod._Z3_get_denominator,
          get_numeral_small: function(c, a) {
            let ret = Mod.ccall("Z3_get_numeral_small", "boolean", ["number", "number", "number", "number"], [c, a, outAddress, outAddress + 8]);
            if (!ret) {
              return null;
            }
            return { num: getOutInt64(0), den: getOutInt64(1) };
          },
          get_numeral_int: function(c, v) {
            let ret = Mod.ccall("Z3_get_numeral_int", "boolean", ["number", "number", "number"], [c, v, outAddress]);
            if (!ret) {
              return null;
            }
            return getOutInt(0);
          },
          get_numeral_uint: function(c, v) {
            let ret = Mod.ccall("Z3_get_numeral_uint", "boolean", ["number", "number", "number"], [c, v, outAddress]);
            if (!ret) {
              return null;
            }
            return getOutUint(0);
          },
          get_numeral_uint64: function(c, v) {
            let ret = Mod.ccall("Z3_get_numeral_uint64", "boolean", ["number", "number", "number"], [c, v, outAddress]);
            if (!ret) {
              return null;
            }
            return getOutUint64(0);
          },
          get_numeral_int64: function(c, v) {
            let ret = Mod.ccall("Z3_get_numeral_int64", "boolean", ["number", "number", "number"], [c, v, outAddress]);
            if (!ret) {
              return null;
            }
            return getOutInt64(0);
          },
          get_numeral_rational_int64: function(c, v) {
            let ret = Mod.ccall("Z3_get_numeral_rational_int64", "boolean", ["number", "number", "number", "number"], [c, v, outAddress, outAddress + 8]);
            if (!ret) {
              return null;
            }
            return { num: getOutInt64(0), den: getOutInt64(1) };
          },
          get_algebraic_number_lower: Mod._Z3_get_algebraic_number_lower,
          get_algebraic_number_upper: Mod._Z3_get_algebraic_number_upper,
          pattern_to_ast: Mod._Z3_pattern_to_ast,
          get_pattern_num_terms: function(c, p) {
            let ret = Mod.ccall("Z3_get_pattern_num_terms", "number", ["number", "number"], [c, p]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_pattern: Mod._Z3_get_pattern,
          get_index_value: function(c, a) {
            let ret = Mod.ccall("Z3_get_index_value", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          is_quantifier_forall: function(c, a) {
            return Mod.ccall("Z3_is_quantifier_forall", "boolean", ["number", "number"], [c, a]);
          },
          is_quantifier_exists: function(c, a) {
            return Mod.ccall("Z3_is_quantifier_exists", "boolean", ["number", "number"], [c, a]);
          },
          is_lambda: function(c, a) {
            return Mod.ccall("Z3_is_lambda", "boolean", ["number", "number"], [c, a]);
          },
          get_quantifier_weight: function(c, a) {
            let ret = Mod.ccall("Z3_get_quantifier_weight", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_quantifier_skolem_id: Mod._Z3_get_quantifier_skolem_id,
          get_quantifier_id: Mod._Z3_get_quantifier_id,
          get_quantifier_num_patterns: function(c, a) {
            let ret = Mod.ccall("Z3_get_quantifier_num_patterns", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_quantifier_pattern_ast: Mod._Z3_get_quantifier_pattern_ast,
          get_quantifier_num_no_patterns: function(c, a) {
            let ret = Mod.ccall("Z3_get_quantifier_num_no_patterns", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_quantifier_no_pattern_ast: Mod._Z3_get_quantifier_no_pattern_ast,
          get_quantifier_num_bound: function(c, a) {
            let ret = Mod.ccall("Z3_get_quantifier_num_bound", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_quantifier_bound_name: Mod._Z3_get_quantifier_bound_name,
          get_quantifier_bound_sort: Mod._Z3_get_quantifier_bound_sort,
          get_quantifier_body: Mod._Z3_get_quantifier_body,
          simplify: function(c, a) {
            return Mod.async_call(Mod._async_Z3_simplify, c, a);
          },
          simplify_ex: function(c, a, p) {
            return Mod.async_call(Mod._async_Z3_simplify_ex, c, a, p);
          },
          simplify_get_help: function(c) {
            return Mod.ccall("Z3_simplify_get_help", "string", ["number"], [c]);
          },
          simplify_get_param_descrs: Mod._Z3_simplify_get_param_descrs,
          update_term: function(c, a, args) {
            return Mod.ccall("Z3_update_term", "number", ["number", "number", "number", "array"], [c, a, args.length, intArrayToByteArr(args)]);
          },
          substitute: function(c, a, from, to) {
            if (from.length !== to.length) {
              throw new TypeError(`from and to must be the same length (got ${from.length} and {to.length})`);
            }
            return Mod.ccall("Z3_substitute", "number", ["number", "number", "number", "array", "array"], [
              c,
              a,
              from.length,
              intArrayToByteArr(from),
              intArrayToByteArr(to)
            ]);
          },
          substitute_vars: function(c, a, to) {
            return Mod.ccall("Z3_substitute_vars", "number", ["number", "number", "number", "array"], [c, a, to.length, intArrayToByteArr(to)]);
          },
          substitute_funs: function(c, a, from, to) {
            if (from.length !== to.length) {
              throw new TypeError(`from and to must be the same length (got ${from.length} and {to.length})`);
            }
            return Mod.ccall("Z3_substitute_funs", "number", ["number", "number", "number", "array", "array"], [
              c,
              a,
              from.length,
              intArrayToByteArr(from),
              intArrayToByteArr(to)
            ]);
          },
          translate: Mod._Z3_translate,
          mk_model: Mod._Z3_mk_model,
          model_inc_ref: Mod._Z3_model_inc_ref,
          model_dec_ref: Mod._Z3_model_dec_ref,
          model_eval: function(c, m, t, model_completion) {
            let ret = Mod.ccall("Z3_model_eval", "boolean", ["number", "number", "number", "boolean", "number"], [c, m, t, model_completion, outAddress]);
            if (!ret) {
              return null;
            }
            return getOutUint(0);
          },
          model_get_const_interp: Mod._Z3_model_get_const_interp,
          model_has_interp: function(c, m, a) {
            return Mod.ccall("Z3_model_has_interp", "boolean", ["number", "number", "number"], [c, m, a]);
          },
          model_get_func_interp: Mod._Z3_model_get_func_interp,
          model_get_num_consts: function(c, m) {
            let ret = Mod.ccall("Z3_model_get_num_consts", "number", ["number", "number"], [c, m]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          model_get_const_decl: Mod._Z3_model_get_const_decl,
          model_get_num_funcs: function(c, m) {
            let ret = Mod.ccall("Z3_model_get_num_funcs", "number", ["number", "number"], [c, m]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          model_get_func_decl: Mod._Z3_model_get_func_decl,
          model_get_num_sorts: function(c, m) {
            let ret = Mod.ccall("Z3_model_get_num_sorts", "number", ["number", "number"], [c, m]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          model_get_sort: Mod._Z3_model_get_sort,
          model_get_sort_universe: Mod._Z3_model_get_sort_universe,
          model_translate: Mod._Z3_model_translate,
          is_as_array: function(c, a) {
            return Mod.ccall("Z3_is_as_array", "boolean", ["number", "number"], [c, a]);
          },
          get_as_array_func_decl: Mod._Z3_get_as_array_func_decl,
          add_func_interp: Mod._Z3_add_func_interp,
          add_const_interp: Mod._Z3_add_const_interp,
          func_interp_inc_ref: Mod._Z3_func_interp_inc_ref,
          func_interp_dec_ref: Mod._Z3_func_interp_dec_ref,
          func_interp_get_num_entries: function(c, f) {
            let ret = Mod.ccall("Z3_func_interp_get_num_entries", "number", ["number", "number"], [c, f]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          func_interp_get_entry: Mod._Z3_func_interp_get_entry,
          func_interp_get_else: Mod._Z3_func_interp_get_else,
          func_interp_set_else: Mod._Z3_func_interp_set_else,
          func_interp_get_arity: function(c, f) {
            let ret = Mod.ccall("Z3_func_interp_get_arity", "number", ["number", "number"], [c, f]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          func_interp_add_entry: Mod._Z3_func_interp_add_entry,
          func_entry_inc_ref: Mod._Z3_func_entry_inc_ref,
          func_entry_dec_ref: Mod._Z3_func_entry_dec_ref,
          func_entry_get_value: Mod._Z3_func_entry_get_value,
          func_entry_get_num_args: function(c, e) {
            let ret = Mod.ccall("Z3_func_entry_get_num_args", "number", ["number", "number"], [c, e]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          func_entry_get_arg: Mod._Z3_func_entry_get_arg,
          open_log: function(filename) {
            return Mod.ccall("Z3_open_log", "boolean", ["string"], [filename]);
          },
          append_log: function(string) {
            return Mod.ccall("Z3_append_log", "void", ["string"], [string]);
          },
          close_log: Mod._Z3_close_log,
          toggle_warning_messages: Mod._Z3_toggle_warning_messages,
          set_ast_print_mode: Mod._Z3_set_ast_print_mode,
          ast_to_string: function(c, a) {
            return Mod.ccall("Z3_ast_to_string", "string", ["number", "number"], [c, a]);
          },
          pattern_to_string: function(c, p) {
            return Mod.ccall("Z3_pattern_to_string", "string", ["number", "number"], [c, p]);
          },
          sort_to_string: function(c, s) {
            return Mod.ccall("Z3_sort_to_string", "string", ["number", "number"], [c, s]);
          },
          func_decl_to_string: function(c, d) {
            return Mod.ccall("Z3_func_decl_to_string", "string", ["number", "number"], [c, d]);
          },
          model_to_string: function(c, m) {
            return Mod.ccall("Z3_model_to_string", "string", ["number", "number"], [c, m]);
          },
          benchmark_to_smtlib_string: function(c, name, logic, status, attributes, assumptions, formula) {
            return Mod.ccall("Z3_benchmark_to_smtlib_string", "string", [
              "number",
              "string",
              "string",
              "string",
              "string",
              "number",
              "array",
              "number"
            ], [
              c,
              name,
              logic,
              status,
              attributes,
              assumptions.length,
              intArrayToByteArr(assumptions),
              formula
            ]);
          },
          parse_smtlib2_string: function(c, str, sort_names, sorts, decl_names, decls) {
            if (sort_names.length !== sorts.length) {
              throw new TypeError(`sort_names and sorts must be the same length (got ${sort_names.length} and {sorts.length})`);
            }
            if (decl_names.length !== decls.length) {
              throw new TypeError(`decl_names and decls must be the same length (got ${decl_names.length} and {decls.length})`);
            }
            return Mod.ccall("Z3_parse_smtlib2_string", "number", [
              "number",
              "string",
              "number",
              "array",
              "array",
              "number",
              "array",
              "array"
            ], [
              c,
              str,
              sort_names.length,
              intArrayToByteArr(sort_names),
              intArrayToByteArr(sorts),
              decl_names.length,
              intArrayToByteArr(decl_names),
              intArrayToByteArr(decls)
            ]);
          },
          parse_smtlib2_file: function(c, file_name, sort_names, sorts, decl_names, decls) {
            if (sort_names.length !== sorts.length) {
              throw new TypeError(`sort_names and sorts must be the same length (got ${sort_names.length} and {sorts.length})`);
            }
            if (decl_names.length !== decls.length) {
              throw new TypeError(`decl_names and decls must be the same length (got ${decl_names.length} and {decls.length})`);
            }
            return Mod.ccall("Z3_parse_smtlib2_file", "number", [
              "number",
              "string",
              "number",
              "array",
              "array",
              "number",
              "array",
              "array"
            ], [
              c,
              file_name,
              sort_names.length,
              intArrayToByteArr(sort_names),
              intArrayToByteArr(sorts),
              decl_names.length,
              intArrayToByteArr(decl_names),
              intArrayToByteArr(decls)
            ]);
          },
          eval_smtlib2_string: async function(c, str) {
            return await Mod.async_call(() => Mod.ccall("async_Z3_eval_smtlib2_string", "void", ["number", "string"], [c, str]));
          },
          mk_parser_context: Mod._Z3_mk_parser_context,
          parser_context_inc_ref: Mod._Z3_parser_context_inc_ref,
          parser_context_dec_ref: Mod._Z3_parser_context_dec_ref,
          parser_context_add_sort: Mod._Z3_parser_context_add_sort,
          parser_context_add_decl: Mod._Z3_parser_context_add_decl,
          parser_context_from_string: function(c, pc, s) {
            return Mod.ccall("Z3_parser_context_from_string", "number", ["number", "number", "string"], [c, pc, s]);
          },
          get_error_code: Mod._Z3_get_error_code,
          set_error: Mod._Z3_set_error,
          get_error_msg: function(c, err) {
            return Mod.ccall("Z3_get_error_msg", "string", ["number", "number"], [c, err]);
          },
          get_version: function() {
            let ret = Mod.ccall("Z3_get_version", "void", ["number", "number", "number", "number"], [outAddress, outAddress + 4, outAddress + 8, outAddress + 12]);
            return {
              major: getOutUint(0),
              minor: getOutUint(1),
              build_number: getOutUint(2),
              revision_number: getOutUint(3)
            };
          },
          get_full_version: function() {
            return Mod.ccall("Z3_get_full_version", "string", [], []);
          },
          enable_trace: function(tag) {
            return Mod.ccall("Z3_enable_trace", "void", ["string"], [tag]);
          },
          disable_trace: function(tag) {
            return Mod.ccall("Z3_disable_trace", "void", ["string"], [tag]);
          },
          reset_memory: Mod._Z3_reset_memory,
          finalize_memory: Mod._Z3_finalize_memory,
          mk_goal: Mod._Z3_mk_goal,
          goal_inc_ref: Mod._Z3_goal_inc_ref,
          goal_dec_ref: Mod._Z3_goal_dec_ref,
          goal_precision: Mod._Z3_goal_precision,
          goal_assert: Mod._Z3_goal_assert,
          goal_inconsistent: function(c, g) {
            return Mod.ccall("Z3_goal_inconsistent", "boolean", ["number", "number"], [c, g]);
          },
          goal_depth: function(c, g) {
            let ret = Mod.ccall("Z3_goal_depth", "number", ["number", "number"], [c, g]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          goal_reset: Mod._Z3_goal_reset,
          goal_size: function(c, g) {
            let ret = Mod.ccall("Z3_goal_size", "number", ["number", "number"], [c, g]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          goal_formula: Mod._Z3_goal_formula,
          goal_num_exprs: function(c, g) {
            let ret = Mod.ccall("Z3_goal_num_exprs", "number", ["number", "number"], [c, g]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          goal_is_decided_sat: function(c, g) {
            return Mod.ccall("Z3_goal_is_decided_sat", "boolean", ["number", "number"], [c, g]);
          },
          goal_is_decided_unsat: function(c, g) {
            return Mod.ccall("Z3_goal_is_decided_unsat", "boolean", ["number", "number"], [c, g]);
          },
          goal_translate: Mod._Z3_goal_translate,
          goal_convert_model: Mod._Z3_goal_convert_model,
          goal_to_string: function(c, g) {
            return Mod.ccall("Z3_goal_to_string", "string", ["number", "number"], [c, g]);
          },
          goal_to_dimacs_string: function(c, g, include_names) {
            return Mod.ccall("Z3_goal_to_dimacs_string", "string", ["number", "number", "boolean"], [c, g, include_names]);
          },
          mk_tactic: function(c, name) {
            return Mod.ccall("Z3_mk_tactic", "number", ["number", "string"], [c, name]);
          },
          tactic_inc_ref: Mod._Z3_tactic_inc_ref,
          tactic_dec_ref: Mod._Z3_tactic_dec_ref,
          mk_probe: function(c, name) {
            return Mod.ccall("Z3_mk_probe", "number", ["number", "string"], [c, name]);
          },
          probe_inc_ref: Mod._Z3_probe_inc_ref,
          probe_dec_ref: Mod._Z3_probe_dec_ref,
          tactic_and_then: Mod._Z3_tactic_and_then,
          tactic_or_else: Mod._Z3_tactic_or_else,
          tactic_par_or: function(c, ts) {
            return Mod.ccall("Z3_tactic_par_or", "number", ["number", "number", "array"], [c, ts.length, intArrayToByteArr(ts)]);
          },
          tactic_par_and_then: Mod._Z3_tactic_par_and_then,
          tactic_try_for: Mod._Z3_tactic_try_for,
          tactic_when: Mod._Z3_tactic_when,
          tactic_cond: Mod._Z3_tactic_cond,
          tactic_repeat: Mod._Z3_tactic_repeat,
          tactic_skip: Mod._Z3_tactic_skip,
          tactic_fail: Mod._Z3_tactic_fail,
          tactic_fail_if: Mod._Z3_tactic_fail_if,
          tactic_fail_if_not_decided: Mod._Z3_tactic_fail_if_not_decided,
          tactic_using_params: Mod._Z3_tactic_using_params,
          mk_simplifier: function(c, name) {
            return Mod.ccall("Z3_mk_simplifier", "number", ["number", "string"], [c, name]);
          },
          simplifier_inc_ref: Mod._Z3_simplifier_inc_ref,
          simplifier_dec_ref: Mod._Z3_simplifier_dec_ref,
          solver_add_simplifier: Mod._Z3_solver_add_simplifier,
          simplifier_and_then: Mod._Z3_simplifier_and_then,
          simplifier_using_params: Mod._Z3_simplifier_using_params,
          get_num_simplifiers: function(c) {
            let ret = Mod.ccall("Z3_get_num_simplifiers", "number", ["number"], [c]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_simplifier_name: function(c, i) {
            return Mod.ccall("Z3_get_simplifier_name", "string", ["number", "number"], [c, i]);
          },
          simplifier_get_help: function(c, t) {
            return Mod.ccall("Z3_simplifier_get_help", "string", ["number", "number"], [c, t]);
          },
          simplifier_get_param_descrs: Mod._Z3_simplifier_get_param_descrs,
          simplifier_get_descr: function(c, name) {
            return Mod.ccall("Z3_simplifier_get_descr", "string", ["number", "string"], [c, name]);
          },
          probe_const: Mod._Z3_probe_const,
          probe_lt: Mod._Z3_probe_lt,
          probe_gt: Mod._Z3_probe_gt,
          probe_le: Mod._Z3_probe_le,
          probe_ge: Mod._Z3_probe_ge,
          probe_eq: Mod._Z3_probe_eq,
          probe_and: Mod._Z3_probe_and,
          probe_or: Mod._Z3_probe_or,
          probe_not: Mod._Z3_probe_not,
          get_num_tactics: function(c) {
            let ret = Mod.ccall("Z3_get_num_tactics", "number", ["number"], [c]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_tactic_name: function(c, i) {
            return Mod.ccall("Z3_get_tactic_name", "string", ["number", "number"], [c, i]);
          },
          get_num_probes: function(c) {
            let ret = Mod.ccall("Z3_get_num_probes", "number", ["number"], [c]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          get_probe_name: function(c, i) {
            return Mod.ccall("Z3_get_probe_name", "string", ["number", "number"], [c, i]);
          },
          tactic_get_help: function(c, t) {
            return Mod.ccall("Z3_tactic_get_help", "string", ["number", "number"], [c, t]);
          },
          tactic_get_param_descrs: Mod._Z3_tactic_get_param_descrs,
          tactic_get_descr: function(c, name) {
            return Mod.ccall("Z3_tactic_get_descr", "string", ["number", "string"], [c, name]);
          },
          probe_get_descr: function(c, name) {
            return Mod.ccall("Z3_probe_get_descr", "string", ["number", "string"], [c, name]);
          },
          probe_apply: Mod._Z3_probe_apply,
          tactic_apply: function(c, t, g) {
            return Mod.async_call(Mod._async_Z3_tactic_apply, c, t, g);
          },
          tactic_apply_ex: function(c, t, g, p) {
            return Mod.async_call(Mod._async_Z3_tactic_apply_ex, c, t, g, p);
          },
          apply_result_inc_ref: Mod._Z3_apply_result_inc_ref,
          apply_result_dec_ref: Mod._Z3_apply_result_dec_ref,
          apply_result_to_string: function(c, r) {
            return Mod.ccall("Z3_apply_result_to_string", "string", ["number", "number"], [c, r]);
          },
          apply_result_get_num_subgoals: function(c, r) {
            let ret = Mod.ccall("Z3_apply_result_get_num_subgoals", "number", ["number", "number"], [c, r]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          apply_result_get_subgoal: Mod._Z3_apply_result_get_subgoal,
          mk_solver: Mod._Z3_mk_solver,
          mk_simple_solver: Mod._Z3_mk_simple_solver,
          mk_solver_for_logic: Mod._Z3_mk_solver_for_logic,
          mk_solver_from_tactic: Mod._Z3_mk_solver_from_tactic,
          solver_translate: Mod._Z3_solver_translate,
          solver_import_model_converter: Mod._Z3_solver_import_model_converter,
          solver_get_help: function(c, s) {
            return Mod.ccall("Z3_solver_get_help", "string", ["number", "number"], [c, s]);
          },
          solver_get_param_descrs: Mod._Z3_solver_get_param_descrs,
          solver_set_params: Mod._Z3_solver_set_params,
          solver_inc_ref: Mod._Z3_solver_inc_ref,
          solver_dec_ref: Mod._Z3_solver_dec_ref,
          solver_interrupt: Mod._Z3_solver_interrupt,
          solver_push: Mod._Z3_solver_push,
          solver_pop: Mod._Z3_solver_pop,
          solver_reset: Mod._Z3_solver_reset,
          solver_get_num_scopes: function(c, s) {
            let ret = Mod.ccall("Z3_solver_get_num_scopes", "number", ["number", "number"], [c, s]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          solver_assert: Mod._Z3_solver_assert,
          solver_assert_and_track: Mod._Z3_solver_assert_and_track,
          solver_from_file: function(c, s, file_name) {
            return Mod.ccall("Z3_solver_from_file", "void", ["number", "number", "string"], [c, s, file_name]);
          },
          solver_from_string: function(c, s, str) {
            return Mod.ccall("Z3_solver_from_string", "void", ["number", "number", "string"], [c, s, str]);
          },
          solver_get_assertions: Mod._Z3_solver_get_assertions,
          solver_get_units: Mod._Z3_solver_get_units,
          solver_get_trail: Mod._Z3_solver_get_trail,
          solver_get_non_units: Mod._Z3_solver_get_non_units,
          solver_get_levels: function(c, s, literals, sz) {
            let outArray_levels = Mod._malloc(4 * sz);
            try {
              let ret = Mod.ccall("Z3_solver_get_levels", "void", ["number", "number", "number", "number", "number"], [c, s, literals, sz, outArray_levels]);
              return readUintArray(outArray_levels, sz);
            } finally {
              Mod._free(outArray_levels);
            }
          },
          solver_congruence_root: Mod._Z3_solver_congruence_root,
          solver_congruence_next: Mod._Z3_solver_congruence_next,
          solver_congruence_explain: Mod._Z3_solver_congruence_explain,
          solver_solve_for: Mod._Z3_solver_solve_for,
          solver_next_split: function(c, cb, t, idx, phase) {
            return Mod.ccall("Z3_solver_next_split", "boolean", ["number", "number", "number", "number", "number"], [c, cb, t, idx, phase]);
          },
          solver_propagate_declare: function(c, name, domain, range) {
            return Mod.ccall("Z3_solver_propagate_declare", "number", ["number", "number", "number", "array", "number"], [
              c,
              name,
              domain.length,
              intArrayToByteArr(domain),
              range
            ]);
          },
          solver_propagate_register: Mod._Z3_solver_propagate_register,
          solver_propagate_register_cb: Mod._Z3_solver_propagate_register_cb,
          solver_propagate_consequence: function(c, cb, fixed, eq_lhs, eq_rhs, conseq) {
            if (eq_lhs.length !== eq_rhs.length) {
              throw new TypeError(`eq_lhs and eq_rhs must be the same length (got ${eq_lhs.length} and {eq_rhs.length})`);
            }
            return Mod.ccall("Z3_solver_propagate_consequence", "boolean", [
              "number",
              "number",
              "number",
              "array",
              "number",
              "array",
              "array",
              "number"
            ], [
              c,
              cb,
              fixed.length,
              intArrayToByteArr(fixed),
              eq_lhs.length,
              intArrayToByteArr(eq_lhs),
              intArrayToByteArr(eq_rhs),
              conseq
            ]);
          },
          solver_set_initial_value: Mod._Z3_solver_set_initial_value,
          solver_check: function(c, s) {
            return Mod.async_call(Mod._async_Z3_solver_check, c, s);
          },
          solver_check_assumptions: async function(c, s, assumptions) {
            const assumptions_ptr = Mod._malloc(assumptions.length * 4);
            Mod.HEAPU32.set(assumptions, assumptions_ptr / 4);
            try {
              let ret = await Mod.async_call(() => Mod.ccall("async_Z3_solver_check_assumptions", "void", ["number", "number", "number", "number"], [c, s, assumptions.length, assumptions_ptr]));
              return ret;
            } finally {
              Mod._free(assumptions_ptr);
            }
          },
          get_implied_equalities: function(c, s, terms) {
            let outArray_class_ids = Mod._malloc(4 * terms.length);
            try {
              let ret = Mod.ccall("Z3_get_implied_equalities", "number", ["number", "number", "number", "array", "number"], [
                c,
                s,
                terms.length,
                intArrayToByteArr(terms),
                outArray_class_ids
              ]);
              return {
                rv: ret,
                class_ids: readUintArray(outArray_class_ids, terms.length)
              };
            } finally {
              Mod._free(outArray_class_ids);
            }
          },
          solver_get_consequences: function(c, s, assumptions, variables, consequences) {
            return Mod.async_call(Mod._async_Z3_solver_get_consequences, c, s, assumptions, variables, consequences);
          },
          solver_cube: function(c, s, vars, backtrack_level) {
            return Mod.async_call(Mod._async_Z3_solver_cube, c, s, vars, backtrack_level);
          },
          solver_get_model: Mod._Z3_solver_get_model,
          solver_get_proof: Mod._Z3_solver_get_proof,
          solver_get_unsat_core: Mod._Z3_solver_get_unsat_core,
          solver_get_reason_unknown: function(c, s) {
            return Mod.ccall("Z3_solver_get_reason_unknown", "string", ["number", "number"], [c, s]);
          },
          solver_get_statistics: Mod._Z3_solver_get_statistics,
          solver_to_string: function(c, s) {
            return Mod.ccall("Z3_solver_to_string", "string", ["number", "number"], [c, s]);
          },
          solver_to_dimacs_string: function(c, s, include_names) {
            return Mod.ccall("Z3_solver_to_dimacs_string", "string", ["number", "number", "boolean"], [c, s, include_names]);
          },
          stats_to_string: function(c, s) {
            return Mod.ccall("Z3_stats_to_string", "string", ["number", "number"], [c, s]);
          },
          stats_inc_ref: Mod._Z3_stats_inc_ref,
          stats_dec_ref: Mod._Z3_stats_dec_ref,
          stats_size: function(c, s) {
            let ret = Mod.ccall("Z3_stats_size", "number", ["number", "number"], [c, s]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          stats_get_key: function(c, s, idx) {
            return Mod.ccall("Z3_stats_get_key", "string", ["number", "number", "number"], [c, s, idx]);
          },
          stats_is_uint: function(c, s, idx) {
            return Mod.ccall("Z3_stats_is_uint", "boolean", ["number", "number", "number"], [c, s, idx]);
          },
          stats_is_double: function(c, s, idx) {
            return Mod.ccall("Z3_stats_is_double", "boolean", ["number", "number", "number"], [c, s, idx]);
          },
          stats_get_uint_value: function(c, s, idx) {
            let ret = Mod.ccall("Z3_stats_get_uint_value", "number", ["number", "number", "number"], [c, s, idx]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          stats_get_double_value: Mod._Z3_stats_get_double_value,
          get_estimated_alloc_size: Mod._Z3_get_estimated_alloc_size,
          algebraic_is_value: function(c, a) {
            return Mod.ccall("Z3_algebraic_is_value", "boolean", ["number", "number"], [c, a]);
          },
          algebraic_is_pos: function(c, a) {
            return Mod.ccall("Z3_algebraic_is_pos", "boolean", ["number", "number"], [c, a]);
          },
          algebraic_is_neg: function(c, a) {
            return Mod.ccall("Z3_algebraic_is_neg", "boolean", ["number", "number"], [c, a]);
          },
          algebraic_is_zero: function(c, a) {
            return Mod.ccall("Z3_algebraic_is_zero", "boolean", ["number", "number"], [c, a]);
          },
          algebraic_sign: Mod._Z3_algebraic_sign,
          algebraic_add: Mod._Z3_algebraic_add,
          algebraic_sub: Mod._Z3_algebraic_sub,
          algebraic_mul: Mod._Z3_algebraic_mul,
          algebraic_div: Mod._Z3_algebraic_div,
          algebraic_root: Mod._Z3_algebraic_root,
          algebraic_power: Mod._Z3_algebraic_power,
          algebraic_lt: function(c, a, b) {
            return Mod.ccall("Z3_algebraic_lt", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          algebraic_gt: function(c, a, b) {
            return Mod.ccall("Z3_algebraic_gt", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          algebraic_le: function(c, a, b) {
            return Mod.ccall("Z3_algebraic_le", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          algebraic_ge: function(c, a, b) {
            return Mod.ccall("Z3_algebraic_ge", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          algebraic_eq: function(c, a, b) {
            return Mod.ccall("Z3_algebraic_eq", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          algebraic_neq: function(c, a, b) {
            return Mod.ccall("Z3_algebraic_neq", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          algebraic_roots: async function(c, p, a) {
            const a_ptr = Mod._malloc(a.length * 4);
            Mod.HEAPU32.set(a, a_ptr / 4);
            try {
              let ret = await Mod.async_call(() => Mod.ccall("async_Z3_algebraic_roots", "void", ["number", "number", "number", "number"], [c, p, a.length, a_ptr]));
              return ret;
            } finally {
              Mod._free(a_ptr);
            }
          },
          algebraic_eval: async function(c, p, a) {
            const a_ptr = Mod._malloc(a.length * 4);
            Mod.HEAPU32.set(a, a_ptr / 4);
            try {
              let ret = await Mod.async_call(() => Mod.ccall("async_Z3_algebraic_eval", "void", ["number", "number", "number", "number"], [c, p, a.length, a_ptr]));
              return ret;
            } finally {
              Mod._free(a_ptr);
            }
          },
          algebraic_get_poly: Mod._Z3_algebraic_get_poly,
          algebraic_get_i: function(c, a) {
            let ret = Mod.ccall("Z3_algebraic_get_i", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          mk_ast_vector: Mod._Z3_mk_ast_vector,
          ast_vector_inc_ref: Mod._Z3_ast_vector_inc_ref,
          ast_vector_dec_ref: Mod._Z3_ast_vector_dec_ref,
          ast_vector_size: function(c, v) {
            let ret = Mod.ccall("Z3_ast_vector_size", "number", ["number", "number"], [c, v]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          ast_vector_get: Mod._Z3_ast_vector_get,
          ast_vector_set: Mod._Z3_ast_vector_set,
          ast_vector_resize: Mod._Z3_ast_vector_resize,
          ast_vector_push: Mod._Z3_ast_vector_push,
          ast_vector_translate: Mod._Z3_ast_vector_translate,
          ast_vector_to_string: function(c, v) {
            return Mod.ccall("Z3_ast_vector_to_string", "string", ["number", "number"], [c, v]);
          },
          mk_ast_map: Mod._Z3_mk_ast_map,
          ast_map_inc_ref: Mod._Z3_ast_map_inc_ref,
          ast_map_dec_ref: Mod._Z3_ast_map_dec_ref,
          ast_map_contains: function(c, m, k) {
            return Mod.ccall("Z3_ast_map_contains", "boolean", ["number", "number", "number"], [c, m, k]);
          },
          ast_map_find: Mod._Z3_ast_map_find,
          ast_map_insert: Mod._Z3_ast_map_insert,
          ast_map_erase: Mod._Z3_ast_map_erase,
          ast_map_reset: Mod._Z3_ast_map_reset,
          ast_map_size: function(c, m) {
            let ret = Mod.ccall("Z3_ast_map_size", "number", ["number", "number"], [c, m]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          ast_map_keys: Mod._Z3_ast_map_keys,
          ast_map_to_string: function(c, m) {
            return Mod.ccall("Z3_ast_map_to_string", "string", ["number", "number"], [c, m]);
          },
          mk_fixedpoint: Mod._Z3_mk_fixedpoint,
          fixedpoint_inc_ref: Mod._Z3_fixedpoint_inc_ref,
          fixedpoint_dec_ref: Mod._Z3_fixedpoint_dec_ref,
          fixedpoint_add_rule: Mod._Z3_fixedpoint_add_rule,
          fixedpoint_add_fact: function(c, d, r, args) {
            return Mod.ccall("Z3_fixedpoint_add_fact", "void", ["number", "number", "number", "number", "array"], [
              c,
              d,
              r,
              args.length,
              intArrayToByteArr(args)
            ]);
          },
          fixedpoint_assert: Mod._Z3_fixedpoint_assert,
          fixedpoint_query: function(c, d, query) {
            return Mod.async_call(Mod._async_Z3_fixedpoint_query, c, d, query);
          },
          fixedpoint_query_relations: async function(c, d, relations) {
            const relations_ptr = Mod._malloc(relations.length * 4);
            Mod.HEAPU32.set(relations, relations_ptr / 4);
            try {
              let ret = await Mod.async_call(() => Mod.ccall("async_Z3_fixedpoint_query_relations", "void", ["number", "number", "number", "number"], [c, d, relations.length, relations_ptr]));
              return ret;
            } finally {
              Mod._free(relations_ptr);
            }
          },
          fixedpoint_get_answer: Mod._Z3_fixedpoint_get_answer,
          fixedpoint_get_reason_unknown: function(c, d) {
            return Mod.ccall("Z3_fixedpoint_get_reason_unknown", "string", ["number", "number"], [c, d]);
          },
          fixedpoint_update_rule: Mod._Z3_fixedpoint_update_rule,
          fixedpoint_get_num_levels: function(c, d, pred) {
            let ret = Mod.ccall("Z3_fixedpoint_get_num_levels", "number", ["number", "number", "number"], [c, d, pred]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          fixedpoint_get_cover_delta: Mod._Z3_fixedpoint_get_cover_delta,
          fixedpoint_add_cover: Mod._Z3_fixedpoint_add_cover,
          fixedpoint_get_statistics: Mod._Z3_fixedpoint_get_statistics,
          fixedpoint_register_relation: Mod._Z3_fixedpoint_register_relation,
          fixedpoint_set_predicate_representation: function(c, d, f, relation_kinds) {
            return Mod.ccall("Z3_fixedpoint_set_predicate_representation", "void", ["number", "number", "number", "number", "array"], [
              c,
              d,
              f,
              relation_kinds.length,
              intArrayToByteArr(relation_kinds)
            ]);
          },
          fixedpoint_get_rules: Mod._Z3_fixedpoint_get_rules,
          fixedpoint_get_assertions: Mod._Z3_fixedpoint_get_assertions,
          fixedpoint_set_params: Mod._Z3_fixedpoint_set_params,
          fixedpoint_get_help: function(c, f) {
            return Mod.ccall("Z3_fixedpoint_get_help", "string", ["number", "number"], [c, f]);
          },
          fixedpoint_get_param_descrs: Mod._Z3_fixedpoint_get_param_descrs,
          fixedpoint_to_string: function(c, f, queries) {
            return Mod.ccall("Z3_fixedpoint_to_string", "string", ["number", "number", "number", "array"], [
              c,
              f,
              queries.length,
              intArrayToByteArr(queries)
            ]);
          },
          fixedpoint_from_string: function(c, f, s) {
            return Mod.ccall("Z3_fixedpoint_from_string", "number", ["number", "number", "string"], [c, f, s]);
          },
          fixedpoint_from_file: function(c, f, s) {
            return Mod.ccall("Z3_fixedpoint_from_file", "number", ["number", "number", "string"], [c, f, s]);
          },
          mk_fpa_rounding_mode_sort: Mod._Z3_mk_fpa_rounding_mode_sort,
          mk_fpa_round_nearest_ties_to_even: Mod._Z3_mk_fpa_round_nearest_ties_to_even,
          mk_fpa_rne: Mod._Z3_mk_fpa_rne,
          mk_fpa_round_nearest_ties_to_away: Mod._Z3_mk_fpa_round_nearest_ties_to_away,
          mk_fpa_rna: Mod._Z3_mk_fpa_rna,
          mk_fpa_round_toward_positive: Mod._Z3_mk_fpa_round_toward_positive,
          mk_fpa_rtp: Mod._Z3_mk_fpa_rtp,
          mk_fpa_round_toward_negative: Mod._Z3_mk_fpa_round_toward_negative,
          mk_fpa_rtn: Mod._Z3_mk_fpa_rtn,
          mk_fpa_round_toward_zero: Mod._Z3_mk_fpa_round_toward_zero,
          mk_fpa_rtz: Mod._Z3_mk_fpa_rtz,
          mk_fpa_sort: Mod._Z3_mk_fpa_sort,
          mk_fpa_sort_half: Mod._Z3_mk_fpa_sort_half,
          mk_fpa_sort_16: Mod._Z3_mk_fpa_sort_16,
          mk_fpa_sort_single: Mod._Z3_mk_fpa_sort_single,
          mk_fpa_sort_32: Mod._Z3_mk_fpa_sort_32,
          mk_fpa_sort_double: Mod._Z3_mk_fpa_sort_double,
          mk_fpa_sort_64: Mod._Z3_mk_fpa_sort_64,
          mk_fpa_sort_quadruple: Mod._Z3_mk_fpa_sort_quadruple,
          mk_fpa_sort_128: Mod._Z3_mk_fpa_sort_128,
          mk_fpa_nan: Mod._Z3_mk_fpa_nan,
          mk_fpa_inf: Mod._Z3_mk_fpa_inf,
          mk_fpa_zero: Mod._Z3_mk_fpa_zero,
          mk_fpa_fp: Mod._Z3_mk_fpa_fp,
          mk_fpa_numeral_float: Mod._Z3_mk_fpa_numeral_float,
          mk_fpa_numeral_double: Mod._Z3_mk_fpa_numeral_double,
          mk_fpa_numeral_int: Mod._Z3_mk_fpa_numeral_int,
          mk_fpa_numeral_int_uint: Mod._Z3_mk_fpa_numeral_int_uint,
          mk_fpa_numeral_int64_uint64: Mod._Z3_mk_fpa_numeral_int64_uint64,
          mk_fpa_abs: Mod._Z3_mk_fpa_abs,
          mk_fpa_neg: Mod._Z3_mk_fpa_neg,
          mk_fpa_add: Mod._Z3_mk_fpa_add,
          mk_fpa_sub: Mod._Z3_mk_fpa_sub,
          mk_fpa_mul: Mod._Z3_mk_fpa_mul,
          mk_fpa_div: Mod._Z3_mk_fpa_div,
          mk_fpa_fma: Mod._Z3_mk_fpa_fma,
          mk_fpa_sqrt: Mod._Z3_mk_fpa_sqrt,
          mk_fpa_rem: Mod._Z3_mk_fpa_rem,
          mk_fpa_round_to_integral: Mod._Z3_mk_fpa_round_to_integral,
          mk_fpa_min: Mod._Z3_mk_fpa_min,
          mk_fpa_max: Mod._Z3_mk_fpa_max,
          mk_fpa_leq: Mod._Z3_mk_fpa_leq,
          mk_fpa_lt: Mod._Z3_mk_fpa_lt,
          mk_fpa_geq: Mod._Z3_mk_fpa_geq,
          mk_fpa_gt: Mod._Z3_mk_fpa_gt,
          mk_fpa_eq: Mod._Z3_mk_fpa_eq,
          mk_fpa_is_normal: Mod._Z3_mk_fpa_is_normal,
          mk_fpa_is_subnormal: Mod._Z3_mk_fpa_is_subnormal,
          mk_fpa_is_zero: Mod._Z3_mk_fpa_is_zero,
          mk_fpa_is_infinite: Mod._Z3_mk_fpa_is_infinite,
          mk_fpa_is_nan: Mod._Z3_mk_fpa_is_nan,
          mk_fpa_is_negative: Mod._Z3_mk_fpa_is_negative,
          mk_fpa_is_positive: Mod._Z3_mk_fpa_is_positive,
          mk_fpa_to_fp_bv: Mod._Z3_mk_fpa_to_fp_bv,
          mk_fpa_to_fp_float: Mod._Z3_mk_fpa_to_fp_float,
          mk_fpa_to_fp_real: Mod._Z3_mk_fpa_to_fp_real,
          mk_fpa_to_fp_signed: Mod._Z3_mk_fpa_to_fp_signed,
          mk_fpa_to_fp_unsigned: Mod._Z3_mk_fpa_to_fp_unsigned,
          mk_fpa_to_ubv: Mod._Z3_mk_fpa_to_ubv,
          mk_fpa_to_sbv: Mod._Z3_mk_fpa_to_sbv,
          mk_fpa_to_real: Mod._Z3_mk_fpa_to_real,
          fpa_get_ebits: function(c, s) {
            let ret = Mod.ccall("Z3_fpa_get_ebits", "number", ["number", "number"], [c, s]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          fpa_get_sbits: function(c, s) {
            let ret = Mod.ccall("Z3_fpa_get_sbits", "number", ["number", "number"], [c, s]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          fpa_is_numeral: function(c, t) {
            return Mod.ccall("Z3_fpa_is_numeral", "boolean", ["number", "number"], [c, t]);
          },
          fpa_is_numeral_nan: function(c, t) {
            return Mod.ccall("Z3_fpa_is_numeral_nan", "boolean", ["number", "number"], [c, t]);
          },
          fpa_is_numeral_inf: function(c, t) {
            return Mod.ccall("Z3_fpa_is_numeral_inf", "boolean", ["number", "number"], [c, t]);
          },
          fpa_is_numeral_zero: function(c, t) {
            return Mod.ccall("Z3_fpa_is_numeral_zero", "boolean", ["number", "number"], [c, t]);
          },
          fpa_is_numeral_normal: function(c, t) {
            return Mod.ccall("Z3_fpa_is_numeral_normal", "boolean", ["number", "number"], [c, t]);
          },
          fpa_is_numeral_subnormal: function(c, t) {
            return Mod.ccall("Z3_fpa_is_numeral_subnormal", "boolean", ["number", "number"], [c, t]);
          },
          fpa_is_numeral_positive: function(c, t) {
            return Mod.ccall("Z3_fpa_is_numeral_positive", "boolean", ["number", "number"], [c, t]);
          },
          fpa_is_numeral_negative: function(c, t) {
            return Mod.ccall("Z3_fpa_is_numeral_negative", "boolean", ["number", "number"], [c, t]);
          },
          fpa_get_numeral_sign_bv: Mod._Z3_fpa_get_numeral_sign_bv,
          fpa_get_numeral_significand_bv: Mod._Z3_fpa_get_numeral_significand_bv,
          fpa_get_numeral_significand_string: function(c, t) {
            return Mod.ccall("Z3_fpa_get_numeral_significand_string", "string", ["number", "number"], [c, t]);
          },
          fpa_get_numeral_significand_uint64: function(c, t) {
            let ret = Mod.ccall("Z3_fpa_get_numeral_significand_uint64", "boolean", ["number", "number", "number"], [c, t, outAddress]);
            if (!ret) {
              return null;
            }
            return getOutUint64(0);
          },
          fpa_get_numeral_exponent_string: function(c, t, biased) {
            return Mod.ccall("Z3_fpa_get_numeral_exponent_string", "string", ["number", "number", "boolean"], [c, t, biased]);
          },
          fpa_get_numeral_exponent_int64: function(c, t, biased) {
            let ret = Mod.ccall("Z3_fpa_get_numeral_exponent_int64", "boolean", ["number", "number", "number", "boolean"], [c, t, outAddress, biased]);
            if (!ret) {
              return null;
            }
            return getOutInt64(0);
          },
          fpa_get_numeral_exponent_bv: Mod._Z3_fpa_get_numeral_exponent_bv,
          mk_fpa_to_ieee_bv: Mod._Z3_mk_fpa_to_ieee_bv,
          mk_fpa_to_fp_int_real: Mod._Z3_mk_fpa_to_fp_int_real,
          mk_optimize: Mod._Z3_mk_optimize,
          optimize_inc_ref: Mod._Z3_optimize_inc_ref,
          optimize_dec_ref: Mod._Z3_optimize_dec_ref,
          optimize_assert: Mod._Z3_optimize_assert,
          optimize_assert_and_track: Mod._Z3_optimize_assert_and_track,
          optimize_assert_soft: function(c, o, a, weight, id) {
            let ret = Mod.ccall("Z3_optimize_assert_soft", "number", ["number", "number", "number", "string", "number"], [c, o, a, weight, id]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          optimize_maximize: function(c, o, t) {
            let ret = Mod.ccall("Z3_optimize_maximize", "number", ["number", "number", "number"], [c, o, t]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          optimize_minimize: function(c, o, t) {
            let ret = Mod.ccall("Z3_optimize_minimize", "number", ["number", "number", "number"], [c, o, t]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          optimize_push: Mod._Z3_optimize_push,
          optimize_pop: Mod._Z3_optimize_pop,
          optimize_set_initial_value: Mod._Z3_optimize_set_initial_value,
          optimize_check: async function(c, o, assumptions) {
            const assumptions_ptr = Mod._malloc(assumptions.length * 4);
            Mod.HEAPU32.set(assumptions, assumptions_ptr / 4);
            try {
              let ret = await Mod.async_call(() => Mod.ccall("async_Z3_optimize_check", "void", ["number", "number", "number", "number"], [c, o, assumptions.length, assumptions_ptr]));
              return ret;
            } finally {
              Mod._free(assumptions_ptr);
            }
          },
          optimize_get_reason_unknown: function(c, d) {
            return Mod.ccall("Z3_optimize_get_reason_unknown", "string", ["number", "number"], [c, d]);
          },
          optimize_get_model: Mod._Z3_optimize_get_model,
          optimize_get_unsat_core: Mod._Z3_optimize_get_unsat_core,
          optimize_set_params: Mod._Z3_optimize_set_params,
          optimize_get_param_descrs: Mod._Z3_optimize_get_param_descrs,
          optimize_get_lower: Mod._Z3_optimize_get_lower,
          optimize_get_upper: Mod._Z3_optimize_get_upper,
          optimize_get_lower_as_vector: Mod._Z3_optimize_get_lower_as_vector,
          optimize_get_upper_as_vector: Mod._Z3_optimize_get_upper_as_vector,
          optimize_to_string: function(c, o) {
            return Mod.ccall("Z3_optimize_to_string", "string", ["number", "number"], [c, o]);
          },
          optimize_from_string: function(c, o, s) {
            return Mod.ccall("Z3_optimize_from_string", "void", ["number", "number", "string"], [c, o, s]);
          },
          optimize_from_file: function(c, o, s) {
            return Mod.ccall("Z3_optimize_from_file", "void", ["number", "number", "string"], [c, o, s]);
          },
          optimize_get_help: function(c, t) {
            return Mod.ccall("Z3_optimize_get_help", "string", ["number", "number"], [c, t]);
          },
          optimize_get_statistics: Mod._Z3_optimize_get_statistics,
          optimize_get_assertions: Mod._Z3_optimize_get_assertions,
          optimize_get_objectives: Mod._Z3_optimize_get_objectives,
          optimize_translate: Mod._Z3_optimize_translate,
          polynomial_subresultants: function(c, p, q, x) {
            return Mod.async_call(Mod._async_Z3_polynomial_subresultants, c, p, q, x);
          },
          rcf_del: Mod._Z3_rcf_del,
          rcf_mk_rational: function(c, val) {
            return Mod.ccall("Z3_rcf_mk_rational", "number", ["number", "string"], [c, val]);
          },
          rcf_mk_small_int: Mod._Z3_rcf_mk_small_int,
          rcf_mk_pi: Mod._Z3_rcf_mk_pi,
          rcf_mk_e: Mod._Z3_rcf_mk_e,
          rcf_mk_infinitesimal: Mod._Z3_rcf_mk_infinitesimal,
          rcf_mk_roots: function(c, a) {
            let outArray_roots = Mod._malloc(4 * a.length);
            try {
              let ret = Mod.ccall("Z3_rcf_mk_roots", "number", ["number", "number", "array", "number"], [
                c,
                a.length,
                intArrayToByteArr(a),
                outArray_roots
              ]);
              ret = new Uint32Array([ret])[0];
              return {
                rv: ret,
                roots: readUintArray(outArray_roots, a.length)
              };
            } finally {
              Mod._free(outArray_roots);
            }
          },
          rcf_add: Mod._Z3_rcf_add,
          rcf_sub: Mod._Z3_rcf_sub,
          rcf_mul: Mod._Z3_rcf_mul,
          rcf_div: Mod._Z3_rcf_div,
          rcf_neg: Mod._Z3_rcf_neg,
          rcf_inv: Mod._Z3_rcf_inv,
          rcf_power: Mod._Z3_rcf_power,
          rcf_lt: function(c, a, b) {
            return Mod.ccall("Z3_rcf_lt", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          rcf_gt: function(c, a, b) {
            return Mod.ccall("Z3_rcf_gt", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          rcf_le: function(c, a, b) {
            return Mod.ccall("Z3_rcf_le", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          rcf_ge: function(c, a, b) {
            return Mod.ccall("Z3_rcf_ge", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          rcf_eq: function(c, a, b) {
            return Mod.ccall("Z3_rcf_eq", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          rcf_neq: function(c, a, b) {
            return Mod.ccall("Z3_rcf_neq", "boolean", ["number", "number", "number"], [c, a, b]);
          },
          rcf_num_to_string: function(c, a, compact, html) {
            return Mod.ccall("Z3_rcf_num_to_string", "string", ["number", "number", "boolean", "boolean"], [c, a, compact, html]);
          },
          rcf_num_to_decimal_string: function(c, a, prec) {
            return Mod.ccall("Z3_rcf_num_to_decimal_string", "string", ["number", "number", "number"], [c, a, prec]);
          },
          rcf_get_numerator_denominator: function(c, a) {
            let ret = Mod.ccall("Z3_rcf_get_numerator_denominator", "void", ["number", "number", "number", "number"], [c, a, outAddress, outAddress + 4]);
            return {
              n: getOutUint(0),
              d: getOutUint(1)
            };
          },
          rcf_is_rational: function(c, a) {
            return Mod.ccall("Z3_rcf_is_rational", "boolean", ["number", "number"], [c, a]);
          },
          rcf_is_algebraic: function(c, a) {
            return Mod.ccall("Z3_rcf_is_algebraic", "boolean", ["number", "number"], [c, a]);
          },
          rcf_is_infinitesimal: function(c, a) {
            return Mod.ccall("Z3_rcf_is_infinitesimal", "boolean", ["number", "number"], [c, a]);
          },
          rcf_is_transcendental: function(c, a) {
            return Mod.ccall("Z3_rcf_is_transcendental", "boolean", ["number", "number"], [c, a]);
          },
          rcf_extension_index: function(c, a) {
            let ret = Mod.ccall("Z3_rcf_extension_index", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          rcf_transcendental_name: Mod._Z3_rcf_transcendental_name,
          rcf_infinitesimal_name: Mod._Z3_rcf_infinitesimal_name,
          rcf_num_coefficients: function(c, a) {
            let ret = Mod.ccall("Z3_rcf_num_coefficients", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          rcf_coefficient: Mod._Z3_rcf_coefficient,
          rcf_num_sign_conditions: function(c, a) {
            let ret = Mod.ccall("Z3_rcf_num_sign_conditions", "number", ["number", "number"], [c, a]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          rcf_sign_condition_sign: Mod._Z3_rcf_sign_condition_sign,
          rcf_num_sign_condition_coefficients: function(c, a, i) {
            let ret = Mod.ccall("Z3_rcf_num_sign_condition_coefficients", "number", ["number", "number", "number"], [c, a, i]);
            ret = new Uint32Array([ret])[0];
            return ret;
          },
          rcf_sign_condition_coefficient: Mod._Z3_rcf_sign_condition_coefficient,
          fixedpoint_query_from_lvl: function(c, d, query, lvl) {
            return Mod.async_call(Mod._async_Z3_fixedpoint_query_from_lvl, c, d, query, lvl);
          },
          fixedpoint_get_ground_sat_answer: Mod._Z3_fixedpoint_get_ground_sat_answer,
          fixedpoint_get_rules_along_trace: Mod._Z3_fixedpoint_get_rules_along_trace,
          fixedpoint_get_rule_names_along_trace: Mod._Z3_fixedpoint_get_rule_names_along_trace,
          fixedpoint_add_invariant: Mod._Z3_fixedpoint_add_invariant,
          fixedpoint_get_reachable: Mod._Z3_fixedpoint_get_reachable,
          qe_model_project: function(c, m, bound, body) {
            return Mod.ccall("Z3_qe_model_project", "number", ["number", "number", "number", "array", "number"], [
              c,
              m,
              bound.length,
              intArrayToByteArr(bound),
              body
            ]);
          },
          qe_model_project_skolem: function(c, m, bound, body, map) {
            return Mod.ccall("Z3_qe_model_project_skolem", "number", ["number", "number", "number", "array", "number", "number"], [
              c,
              m,
              bound.length,
              intArrayToByteArr(bound),
              body,
              map
            ]);
          },
          qe_model_project_with_witness: function(c, m, bound, body, map) {
            return Mod.ccall("Z3_qe_model_project_with_witness", "number", ["number", "number", "number", "array", "number", "number"], [
              c,
              m,
              bound.length,
              intArrayToByteArr(bound),
              body,
              map
            ]);
          },
          model_extrapolate: Mod._Z3_model_extrapolate,
          qe_lite: Mod._Z3_qe_lite
        }
      };
    }
  }
});

// node_modules/z3-solver/build/low-level/index.js
var require_low_level = __commonJS({
  "node_modules/z3-solver/build/low-level/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_types_GENERATED(), exports);
    __exportStar(require_wrapper_GENERATED(), exports);
  }
});

// src/smt/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/smt/backend.ts
var SolverTimeoutError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SolverTimeoutError";
  }
};
var SolverCrashError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SolverCrashError";
  }
};
function guardFor(timeoutMs) {
  return Math.round(timeoutMs * 1.2) + 1e3;
}

// src/smt/sexpr.ts
function parseSexprs(text) {
  const out = [];
  const stack = [];
  let i = 0;
  const push = (e) => {
    const top = stack[stack.length - 1];
    if (top) top.push(e);
    else out.push(e);
  };
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\n" || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === ";") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (c === "(") {
      stack.push([]);
      i++;
      continue;
    }
    if (c === ")") {
      const done = stack.pop();
      if (done) push(done);
      i++;
      continue;
    }
    if (c === '"') {
      let j2 = i + 1;
      for (; ; ) {
        if (j2 >= text.length) break;
        if (text[j2] === '"') {
          if (text[j2 + 1] === '"') {
            j2 += 2;
            continue;
          }
          break;
        }
        j2++;
      }
      push(text.slice(i, j2 + 1));
      i = j2 + 1;
      continue;
    }
    if (c === "|") {
      const j2 = text.indexOf("|", i + 1);
      const end = j2 < 0 ? text.length : j2 + 1;
      push(text.slice(i, end));
      i = end;
      continue;
    }
    let j = i;
    while (j < text.length && !' \n	\r()";'.includes(text[j])) j++;
    push(text.slice(i, j));
    i = j;
  }
  return out;
}
function printSexpr(e) {
  return typeof e === "string" ? e : `(${e.map(printSexpr).join(" ")})`;
}
function unquote(s) {
  return s.startsWith('"') && s.endsWith('"') && s.length >= 2 ? s.slice(1, -1).replace(/""/g, '"') : s;
}
function renderValue(v) {
  const n = integerValue(v);
  if (n !== void 0) return n.toString();
  return printSexpr(v);
}
function integerValue(v) {
  if (typeof v === "string") {
    if (/^\d+$/.test(v)) return BigInt(v);
    if (/^#x[0-9a-fA-F]+$/.test(v)) return BigInt("0x" + v.slice(2));
    if (/^#b[01]+$/.test(v)) return BigInt("0b" + v.slice(2));
    return void 0;
  }
  if (v.length === 2 && v[0] === "-") {
    const inner = integerValue(v[1]);
    return inner === void 0 ? void 0 : -inner;
  }
  if (v.length === 3 && v[0] === "_" && typeof v[1] === "string" && /^bv\d+$/.test(v[1])) {
    return BigInt(v[1].slice(2));
  }
  return void 0;
}
function isBalanced(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SEMICOLON) {
      const eol = text.indexOf("\n", i);
      if (eol < 0) break;
      i = eol;
    } else if (c === QUOTE) {
      for (i++; ; i += 2) {
        i = text.indexOf('"', i);
        if (i < 0) return false;
        if (text.charCodeAt(i + 1) !== QUOTE) break;
      }
    } else if (c === BAR) {
      i = text.indexOf("|", i + 1);
      if (i < 0) return false;
    } else if (c === OPEN) depth++;
    else if (c === CLOSE && --depth < 0) return false;
  }
  return depth === 0;
}
var SEMICOLON = 59;
var QUOTE = 34;
var BAR = 124;
var OPEN = 40;
var CLOSE = 41;

// src/smt/replies.ts
function readReply(text) {
  const errors = [];
  const items = [];
  for (const e of parseSexprs(text)) {
    if (Array.isArray(e) && e[0] === "error") errors.push(e.slice(1).map((x) => typeof x === "string" ? unquote(x) : printSexpr(x)).join(" "));
    else if (e === "unsupported" || e === "success") continue;
    else items.push(e);
  }
  return { errors, items };
}
function satAnswer(reply) {
  for (const e of reply.items) if (e === "sat" || e === "unsat" || e === "unknown") return e;
  return void 0;
}
function reasonUnknown(reply) {
  for (const e of reply.items) {
    if (Array.isArray(e) && e[0] === ":reason-unknown" && e[1] !== void 0) {
      const text = typeof e[1] === "string" ? unquote(e[1]) : printSexpr(e[1]);
      return text.replace(/^\((.*)\)$/s, "$1");
    }
  }
  return void 0;
}
function isResourceOut(reason) {
  return /timeout|canceled|cancelled|rlimit|resource limit|interrupted/i.test(reason);
}
function valuesOf(reply) {
  for (const e of reply.items) {
    if (Array.isArray(e) && e.every((p) => Array.isArray(p) && p.length === 2)) {
      return e.map((p) => p[1]);
    }
  }
  return void 0;
}

// src/smt/session-lease.ts
function soleLease(backend) {
  const send = async (commands, guardMs) => {
    const start = performance.now();
    const out = await backend.send(commands, guardMs);
    return { out, ms: performance.now() - start };
  };
  return { open: send, send, claim: () => Promise.resolve(true), release: () => void 0 };
}

// src/smt/settings.ts
function coreSettings(logic, timeoutMs, rlimit = 0) {
  const lines = [
    "(set-option :print-success false)",
    "(set-option :produce-models true)",
    "(set-option :auto_config false)",
    "(set-option :smt.mbqi false)",
    "(set-option :smt.case_split 3)",
    "(set-option :smt.qi.eager_threshold 100.0)",
    "(set-option :smt.delay_units true)"
  ];
  if (logic !== "QF_BV") {
    const nonlinear = logic === "QF_NIA";
    lines.push(`(set-option :smt.arith.solver ${nonlinear ? 2 : 6})`);
    lines.push(`(set-option :smt.arith.nl ${nonlinear})`);
  }
  lines.push(`(set-option :timeout ${Math.max(1, Math.round(timeoutMs))})`);
  lines.push(`(set-option :rlimit ${Math.max(0, Math.round(rlimit))})`);
  if (logic === "QF_BV") lines.push("(set-logic QF_BV)");
  return lines.join("\n");
}
function wallClockBudget(q, runTimeoutMs) {
  const base = q.timeoutMs ?? runTimeoutMs;
  if (!q.rlimit) return base;
  return Math.max(base, Math.ceil(q.rlimit / 3e6 * 6e4));
}
function optionalSettings() {
  return ["(set-option :pi.enabled true)", "(set-option :rewriter.sort_disjunctions false)"].join("\n");
}

// src/smt/check-goals.ts
var QueryRejected = class extends Error {
};
async function checkQuery(backend, q, opts, lease = soleLease(backend)) {
  return new GoalChecker(lease, q, opts).run();
}
var GoalChecker = class {
  constructor(lease, q, opts) {
    this.lease = lease;
    this.q = q;
    this.opts = opts;
    this.timeoutMs = wallClockBudget(q, opts.timeoutMs);
  }
  lease;
  q;
  opts;
  results = /* @__PURE__ */ new Map();
  timeoutMs;
  failures = 0;
  solverMs = 0;
  /** Whether check() left a pushed scope that must be popped. */
  scoped = false;
  /**
   * A `(pop 1)` owed to the solver, sent in front of the next command rather than on its
   * own: a query's last pop never needs sending, as the next query starts with (reset).
   */
  popOwed = false;
  /**
   * The opening's model, read in the opening itself: label values by goal, and the values
   * of every goal's cex terms. A queued query then reports its first failures without the
   * session's state, which later queries have usually replaced by the time it is answered.
   * Valid until the next check.
   */
  openingModel;
  /** The session lost this query's state; rebuild it before the next command. */
  needsSetUp = false;
  async run() {
    const open = this.q.goals.map((_, i) => i);
    try {
      if (open.length > 0) {
        let first = await this.opening(open);
        if (first.outcome.kind !== "unsat") {
          const intact = await this.lease.claim();
          if (first.lost) await this.setUp();
          else if (!intact && this.openingModelCovers(open)) this.needsSetUp = true;
          else if (!intact) {
            await this.setUp();
            first = { outcome: await this.check(open), lost: false };
          }
        }
        await this.checkTogether(open, first.outcome);
      }
    } catch (e) {
      const status = e instanceof SolverTimeoutError || e instanceof QueryRejected && isResourceOut(e.message) ? "timeout" : "unknown";
      const reason = e instanceof QueryRejected || e instanceof SolverCrashError || e instanceof SolverTimeoutError ? e.message : `solver error: ${e instanceof Error ? e.message : String(e)}`;
      for (let i = 0; i < this.q.goals.length; i++) if (!this.results.has(i)) this.set(i, { status, reason });
    } finally {
      this.lease.release();
    }
    return {
      id: this.q.id,
      goals: this.q.goals.map((g, i) => this.results.get(i) ?? { label: g.label, status: "unknown", reason: "not checked" }),
      solverMs: Math.round(this.solverMs),
      cached: false
    };
  }
  /** The disjunction loop: one check finds all proved goals or some failing ones. */
  async checkTogether(open, first) {
    while (open.length > 0) {
      const limitReached = this.failures >= this.opts.maxFailures;
      const outcome = first ?? await this.check(open);
      first = void 0;
      if (outcome.kind === "unsat") {
        this.pop();
        for (const i of open) this.set(i, { status: "proved" });
        return;
      }
      if (limitReached) {
        this.pop();
        for (const i of open) this.set(i, { status: "unknown", reason: `not reported: ${this.opts.maxFailures} goals of this query already failed`, skipped: true });
        return;
      }
      if (outcome.kind === "model") {
        const failing = await this.failingLabels(open);
        if (failing.length > 0) {
          const named = failing.slice(0, this.opts.maxFailures - this.failures);
          if (outcome.reason === void 0 || open.length === 1) {
            await this.reportFailed(named, outcome.reason);
            this.pop();
          } else {
            this.pop();
            for (const i of named) await this.checkAlone(i);
          }
          open = open.filter((i) => !named.includes(i));
          continue;
        }
      }
      this.pop();
      if (open.length === 1) {
        const only = open[0];
        if (outcome.kind === "timeout") this.set(only, { status: "timeout", reason: outcome.reason });
        else this.set(only, { status: "unknown", reason: outcome.kind === "unknown" ? outcome.reason : "the solver gave no usable model" });
        return;
      }
      await this.checkEach(open);
      return;
    }
  }
  async checkEach(open) {
    for (const i of open) {
      if (this.failures >= this.opts.maxFailures) {
        await this.checkTogether(open.filter((j) => !this.results.has(j)));
        return;
      }
      await this.checkAlone(i);
    }
  }
  /** Checks one goal on its own and records what the solver says about it. */
  async checkAlone(i) {
    const outcome = await this.check([i]);
    if (outcome.kind === "unsat") this.set(i, { status: "proved" });
    else if (outcome.kind === "model" && (await this.failingLabels([i])).length === 1) await this.reportFailed([i], outcome.reason);
    else if (outcome.kind === "timeout") this.set(i, { status: "timeout", reason: outcome.reason });
    else this.set(i, { status: "unknown", reason: outcome.kind === "model" ? "the solver gave no usable model" : outcome.reason });
    this.pop();
  }
  /** Pushes a scope asserting "one of these goals fails" and checks it. The scope stays open. */
  async check(goals) {
    this.openingModel = void 0;
    let reply;
    try {
      this.scoped = true;
      reply = await this.send(checkCommands(goals));
    } catch (e) {
      const lost = lostOutcome(e);
      this.scoped = false;
      await this.setUp();
      return lost;
    }
    return outcomeOf(reply);
  }
  /**
   * Set-up and the first check of `goals` as one command group, the query's opening. `lost`:
   * the solver timed out or crashed on it, so the session holds none of this query's state.
   */
  async opening(goals) {
    const terms = this.cexTerms();
    let replies;
    try {
      this.scoped = true;
      replies = await this.sendParts([...this.setUpParts(), checkCommands(goals), getValue(goals.map(label)), getValue(terms)], true);
    } catch (e) {
      const outcome2 = lostOutcome(e);
      this.scoped = false;
      return { outcome: outcome2, lost: true };
    }
    this.checkSetUp(replies);
    const outcome = outcomeOf(replies[3]);
    if (outcome.kind === "model") {
      const labels = valuesIn(replies[4], goals.length);
      const values = valuesIn(replies[5], terms.length);
      this.openingModel = {
        ...labels ? { labels: new Map(goals.map((g, k) => [g, labels[k]])) } : {},
        ...values ? { values: new Map(terms.map((t, k) => [t, values[k]])) } : {}
      };
    }
    return { outcome, lost: false };
  }
  /** Every goal's counterexample terms, each once. */
  cexTerms() {
    return [...new Set(this.q.goals.flatMap((g) => g.cex.map((c) => c.term)))];
  }
  /** Whether the opening's model answers everything reporting its failures among `goals` needs. */
  openingModelCovers(goals) {
    const m = this.openingModel;
    return !!m?.labels && goals.every((i) => m.labels.has(i) && this.q.goals[i].cex.every((c) => m.values?.has(c.term)));
  }
  /** Labels true in the current model, i.e. goals false in it. */
  async failingLabels(goals) {
    const known = this.openingModel?.labels;
    if (known && goals.every((i) => known.has(i))) return goals.filter((i) => known.get(i) === "true");
    const values = valuesIn(await this.send(getValue(goals.map(label))), goals.length);
    return values ? goals.filter((_, k) => values[k] === "true") : [];
  }
  async reportFailed(goals, reason) {
    for (const i of goals) {
      const goal = this.q.goals[i];
      const model = await this.counterexample(goal);
      this.set(i, { status: "failed", model, ...reason ? { reason: `solver answered unknown (${reason})` } : {} });
      this.failures++;
    }
  }
  /** Model values of the goal's cex terms; a term the solver cannot evaluate is left out. */
  async counterexample(goal) {
    const model = {};
    if (goal.cex.length === 0) return model;
    const known = this.openingModel?.values;
    if (known && goal.cex.every((c) => known.has(c.term))) {
      for (const c of goal.cex) model[c.name] = renderValue(known.get(c.term));
      return model;
    }
    const values = valuesIn(await this.send(getValue(goal.cex.map((c) => c.term))), goal.cex.length);
    if (values) {
      goal.cex.forEach((c, k) => model[c.name] = renderValue(values[k]));
      return model;
    }
    for (const c of goal.cex) {
      const v = valuesIn(await this.send(getValue([c.term])), 1)?.[0];
      if (v !== void 0) model[c.name] = renderValue(v);
    }
    return model;
  }
  /**
   * Fresh session state: settings, the prelude, and the goal labels, in one round trip
   * (echo markers split the reply, since errors from the optional settings are ignored).
   */
  async setUp() {
    this.checkSetUp(await this.sendParts(this.setUpParts()));
  }
  setUpParts() {
    this.popOwed = false;
    return [`(reset)
${coreSettings(this.q.logic, this.timeoutMs, this.q.rlimit)}`, optionalSettings(), `${this.q.prelude}
${labelledGoals(this.q)}`];
  }
  checkSetUp([core, , body]) {
    if (core.errors.length > 0) throw new QueryRejected(`solver rejected its settings: ${core.errors[0]}`);
    if (body.errors.length > 0) throw new QueryRejected(`solver rejected the query: ${body.errors[0]}`);
  }
  /**
   * Sends several command groups at once and returns one reply per group. The first must
   * begin with (reset); `opening` sends them as the query's opening (session-lease.ts).
   */
  async sendParts(parts, opening = false) {
    const commands = parts.map((p, i) => i === 0 ? p : `(echo "${PART_MARK}")
${p}`).join("\n");
    const { out } = await this.timed(opening ? this.lease.open(commands, guardFor(this.timeoutMs)) : this.lease.send(commands, guardFor(this.timeoutMs)));
    const chunks = out.split(PART_LINE);
    return parts.map((_, i) => readReply(chunks[i] ?? ""));
  }
  /** Closes check()'s scope; the `(pop 1)` goes out in front of the next command. */
  pop() {
    if (!this.scoped) return;
    this.scoped = false;
    this.popOwed = true;
  }
  async send(commands) {
    if (this.needsSetUp) {
      this.needsSetUp = false;
      await this.setUp();
    }
    if (this.popOwed) {
      commands = `(pop 1)
${commands}`;
      this.popOwed = false;
    }
    return readReply((await this.timed(this.lease.send(commands, guardFor(this.timeoutMs)))).out);
  }
  /** Adds the solver's time on a reply to the query's solverMs. */
  async timed(reply) {
    const start = performance.now();
    try {
      const r = await reply;
      this.solverMs += r.ms;
      return r;
    } catch (e) {
      this.solverMs += performance.now() - start;
      throw e;
    }
  }
  set(i, r) {
    this.results.set(i, { label: this.q.goals[i].label, ...r });
  }
};
var PART_MARK = "pg-part-boundary";
var PART_LINE = new RegExp(`^${PART_MARK}$`, "m");
function label(i) {
  return `pg_fail__${i}`;
}
function labelledGoals(q) {
  return q.goals.map((g, i) => `(declare-const ${label(i)} Bool)
(assert (=> ${label(i)} (not ${g.term})))`).join("\n");
}
function failureCheck(goals) {
  const disjunction = goals.length === 1 ? label(goals[0]) : `(or ${goals.map(label).join(" ")})`;
  return `(push 1)
(assert ${disjunction})
(check-sat)`;
}
function checkCommands(goals) {
  return `${failureCheck(goals)}
(get-info :reason-unknown)`;
}
function getValue(terms) {
  return terms.length > 0 ? `(get-value (${terms.join(" ")}))` : "";
}
function valuesIn(reply, count) {
  if (count === 0) return [];
  const values = valuesOf(reply);
  return reply.errors.length === 0 && values && values.length === count ? values : void 0;
}
function lostOutcome(e) {
  if (e instanceof SolverTimeoutError) return { kind: "timeout", reason: e.message };
  if (e instanceof SolverCrashError) return { kind: "unknown", reason: e.message };
  throw e;
}
function outcomeOf(reply) {
  const answer = satAnswer(reply);
  if (reply.errors.length > 0 && isResourceOut(reply.errors[0])) return { kind: "timeout", reason: reply.errors[0] };
  if (reply.errors.length > 0 || !answer) throw new QueryRejected(`solver error: ${reply.errors[0] ?? "no answer to check-sat"}`);
  if (answer === "unsat") return { kind: "unsat" };
  if (answer === "sat") return { kind: "model" };
  const reason = reasonUnknown(reply) ?? "unknown";
  if (isResourceOut(reason)) return { kind: "timeout", reason };
  return { kind: "model", reason };
}

// src/smt/native-backend.ts
import { spawn, spawnSync } from "node:child_process";
function nativeZ3Name(binary = "z3") {
  const key = `${binary}\0${process.env.PATH ?? ""}`;
  if (!probed.has(key)) probed.set(key, probeZ3(binary));
  return probed.get(key);
}
var probed = /* @__PURE__ */ new Map();
function probeZ3(binary) {
  try {
    const r = spawnSync(binary, ["--version"], { encoding: "utf8", timeout: 1e4 });
    if (r.status !== 0 || typeof r.stdout !== "string") return void 0;
    const m = /version\s+(\d+\.\d+\.\d+)/i.exec(r.stdout);
    return m ? `z3 ${m[1]} (native)` : void 0;
  } catch {
    return void 0;
  }
}
var NativeZ3Backend = class _NativeZ3Backend {
  constructor(solverName, binary = "z3") {
    this.solverName = solverName;
    this.binary = binary;
  }
  solverName;
  binary;
  proc;
  buffer = "";
  /** Command groups written to z3 and not yet answered, oldest (the one z3 is on) first. */
  queue = [];
  idleWaiters = [];
  counter = 0;
  closed = false;
  /** How many z3 processes this session has started: a new one has none of the old state. */
  processNumber = 0;
  /** Throws when no z3 can be run. */
  static create(binary = "z3") {
    const name = nativeZ3Name(binary);
    if (!name) throw new Error(`no runnable z3 found (${binary})`);
    return new _NativeZ3Backend(name, binary);
  }
  async send(commands, guardMs) {
    return (await this.enqueue(commands, guardMs, false)).out;
  }
  /** send(), with the time z3 spent on the group. */
  sendTimed(commands, guardMs) {
    return this.enqueue(commands, guardMs, false);
  }
  /**
   * Queues a command group that begins with (reset), behind whatever z3 is still working on.
   * If z3 is restarted before the group ran (another group hit its guard or crashed it),
   * the group is written again to the new process; `ms` counts only z3's time on it.
   */
  sendFresh(commands, guardMs) {
    return this.enqueue(commands, guardMs, true);
  }
  /** Resolves once every queued group has been answered (or failed). */
  idle() {
    if (this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
  async close() {
    this.closed = true;
    this.failAll(new Error("solver session closed"));
    const proc = this.proc;
    if (!proc) return;
    this.proc = void 0;
    await new Promise((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once("exit", () => resolve());
      proc.stdin.end("(exit)\n");
      setTimeout(() => proc.kill("SIGKILL"), 500).unref();
    });
  }
  enqueue(commands, guardMs, fresh) {
    if (this.closed) return Promise.reject(new Error("solver session is closed"));
    if (!isBalanced(commands)) return Promise.resolve({ out: '(error "unbalanced parentheses in the input")\n', ms: 0 });
    return new Promise((resolve, reject) => {
      const p = { commands, sentinel: `@@pg-done-${++this.counter}@@`, fresh, resolve, reject, ...guardMs !== void 0 ? { guardMs } : {} };
      this.queue.push(p);
      this.write(p);
      if (this.queue.length === 1) this.startHead();
    });
  }
  write(p) {
    this.process().stdin.write(`${p.commands}
(echo "${p.sentinel}")
`);
  }
  /** The head of the queue is what z3 works on now: its guard runs from here. */
  startHead() {
    const head = this.queue[0];
    if (!head) {
      for (const w of this.idleWaiters.splice(0)) w();
      return;
    }
    head.startedAt = performance.now();
    if (head.guardMs !== void 0) {
      const guardMs = head.guardMs;
      head.timer = setTimeout(() => {
        this.restart(new SolverTimeoutError(`z3 gave no answer within ${guardMs} ms; restarted it`));
      }, guardMs);
    }
  }
  process() {
    if (this.proc) return this.proc;
    const proc = spawn(this.binary, ["-in"], { stdio: ["pipe", "pipe", "pipe"] });
    this.processNumber++;
    this.buffer = "";
    proc.stdout.setEncoding("utf8");
    proc.stdout.on("data", (chunk) => {
      if (proc !== this.proc) return;
      this.buffer += chunk;
      this.deliver();
    });
    proc.stderr.on("data", () => {
    });
    proc.stdin.on("error", () => {
    });
    proc.on("error", (e) => {
      if (proc !== this.proc) return;
      this.proc = void 0;
      this.failAll(new SolverCrashError(`z3 could not run: ${e.message}`));
    });
    proc.on("exit", (code, signal) => {
      if (proc !== this.proc) return;
      this.restart(new SolverCrashError(`z3 exited (${signal ?? `code ${code}`})`));
    });
    this.proc = proc;
    return proc;
  }
  deliver() {
    for (; ; ) {
      const head = this.queue[0];
      if (!head) return;
      const at = this.buffer.indexOf(head.sentinel + "\n");
      if (at < 0) return;
      const out = this.buffer.slice(0, at);
      this.buffer = this.buffer.slice(at + head.sentinel.length + 1);
      this.queue.shift();
      if (head.timer) clearTimeout(head.timer);
      head.resolve({ out, ms: performance.now() - (head.startedAt ?? performance.now()) });
      this.startHead();
    }
  }
  /**
   * Ends the process and fails the group z3 was on with `headError`. Groups queued behind
   * it that start from (reset) are written again to a new process; others (which relied on
   * the lost state) fail as a crash.
   */
  restart(headError) {
    const proc = this.proc;
    this.proc = void 0;
    proc?.kill("SIGKILL");
    const [head, ...rest] = this.queue.splice(0);
    if (head) this.settleFailed(head, headError);
    for (const p of rest) {
      if (p.fresh && !this.closed) {
        this.queue.push(p);
        this.write(p);
      } else {
        this.settleFailed(p, new SolverCrashError("z3 was restarted before these commands ran"));
      }
    }
    this.startHead();
  }
  failAll(e) {
    for (const p of this.queue.splice(0)) this.settleFailed(p, e);
    this.startHead();
  }
  settleFailed(p, e) {
    if (p.timer) clearTimeout(p.timer);
    p.reject(e);
  }
};

// src/smt/wasm-loader.ts
var import_low_level = __toESM(require_low_level(), 1);
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var require2 = createRequire(import.meta.url);
function locateZ3Built() {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, "z3-built.cjs"), join(here, "..", "z3-built.cjs")]) {
    if (existsSync(candidate) && existsSync(join(dirname(candidate), "z3-built.wasm"))) return candidate;
  }
  return require2.resolve("z3-solver/build/z3-built.js");
}
async function loadZ3Wasm() {
  const script = locateZ3Built();
  const dir = dirname(script);
  const initModule = require2(script);
  return (0, import_low_level.init)(initModule, {
    locateFile: (file) => join(dir, file),
    mainScriptUrlOrBlob: script
  });
}

// src/smt/wasm-backend.ts
var WasmZ3Backend = class _WasmZ3Backend {
  constructor(z3, solverName) {
    this.z3 = z3;
    this.solverName = solverName;
    this.ctx = this.newContext();
  }
  z3;
  solverName;
  busy = false;
  closed = false;
  /** After an interrupt the context may be unusable; we make a new one. */
  ctx;
  static async create() {
    const z3 = await loadZ3Wasm();
    const m = /(\d+\.\d+\.\d+)/.exec(z3.Z3.get_full_version());
    const backend = new _WasmZ3Backend(z3, `z3 ${m ? m[1] : "?"} (wasm)`);
    await backend.send("(check-sat)\n(reset)");
    return backend;
  }
  async send(commands, guardMs) {
    if (this.closed) throw new Error("solver session is closed");
    if (this.busy) throw new Error("solver session is busy");
    if (commands.startsWith("(reset)")) this.replaceContext();
    this.busy = true;
    const em = this.z3.em;
    const bytes = new TextEncoder().encode(commands);
    const ptr = em._malloc(bytes.length + 1);
    if (!ptr) throw new SolverCrashError("WASM heap exhausted");
    em.HEAPU8.set(bytes, ptr);
    em.HEAPU8[ptr + bytes.length] = 0;
    let interrupted = false;
    const ctx = this.ctx;
    const timer = guardMs === void 0 ? void 0 : setTimeout(() => {
      interrupted = true;
      this.z3.Z3.interrupt(ctx);
    }, guardMs);
    try {
      const out = await em.async_call(em._async_Z3_eval_smtlib2_string, ctx, ptr);
      if (interrupted) {
        this.replaceContext();
        throw new SolverTimeoutError(`z3 gave no answer within ${guardMs} ms; interrupted it`);
      }
      return out;
    } catch (e) {
      if (e instanceof SolverTimeoutError) throw e;
      this.replaceContext();
      throw new SolverCrashError(`z3 (wasm) failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (timer) clearTimeout(timer);
      em._free(ptr);
      this.busy = false;
    }
  }
  async close() {
    if (this.closed) return;
    this.closed = true;
    this.z3.Z3.del_context(this.ctx);
    const em = this.z3.em;
    em.PThread?.terminateAllThreads();
  }
  newContext() {
    const cfg = this.z3.Z3.mk_config();
    const ctx = this.z3.Z3.mk_context_rc(cfg);
    this.z3.Z3.del_config(cfg);
    return ctx;
  }
  replaceContext() {
    try {
      this.z3.Z3.del_context(this.ctx);
    } catch {
    }
    this.ctx = this.newContext();
  }
};

// src/smt/worker.ts
async function main() {
  const port = parentPort;
  if (!port) throw new Error("smt worker must run in a worker thread");
  const config = workerData;
  const post = (m) => port.postMessage(m);
  let backend;
  try {
    backend = config.backend === "native" ? NativeZ3Backend.create() : await WasmZ3Backend.create();
  } catch (e) {
    post({ type: "start-failed", message: e instanceof Error ? e.message : String(e) });
    return;
  }
  post({ type: "ready", solverName: backend.solverName });
  port.on("message", (m) => {
    if (m.type !== "check") return;
    void checkQuery(backend, m.query, config).then((result) => post({ type: "result", id: m.id, result }));
  });
}
void main();
