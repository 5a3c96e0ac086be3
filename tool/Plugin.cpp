//===--- Plugin.cpp - async-lint ------------------------------------------===//
//
// The clang-tidy plugin: `clang-tidy -load libAsyncLint.so -checks='async-*'`.
// clang-tidy provides clang's symbols; this library only adds the module.
//
//===----------------------------------------------------------------------===//

#include "ModuleAnchor.h"
