// Legacy include path (before the July 2024 move to folly/coro/).
#pragma once
#include <folly/coro/Collect.h>
