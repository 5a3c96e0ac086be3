// Mock of folly/CancellationToken.h.
#pragma once

namespace folly {

class CancellationToken {
public:
  CancellationToken() noexcept = default;
  bool isCancellationRequested() const noexcept { return false; }
  bool canBeCancelled() const noexcept { return false; }
};

class CancellationSource {
public:
  CancellationToken getToken() const noexcept { return {}; }
  bool requestCancellation() const noexcept { return false; }
  bool isCancellationRequested() const noexcept { return false; }
};

} // namespace folly
