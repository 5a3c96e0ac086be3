// Mock of folly/coro/AsyncScope.h: the OWNER for started work.
// add() takes an executor-bound awaitable (co_withExecutor(ex, task()));
// joinAsync()/cleanup() must run before destruction.
#pragma once

#include <cstddef>
#include <optional>
#include <type_traits>

#include <folly/CancellationToken.h>
#include <folly/Try.h>
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>

namespace folly::coro {

class AsyncScope {
public:
  AsyncScope() noexcept = default;
  explicit AsyncScope(bool throwOnJoin) noexcept { (void)throwOnJoin; }
  ~AsyncScope() {}

  template <typename Awaitable> void add(Awaitable &&awaitable, void *returnAddress = nullptr) {
    static_assert(!std::is_same_v<std::remove_cvref_t<Awaitable>, Task<void>>,
                  "a bare Task must be bound with co_withExecutor()");
    (void)awaitable;
    (void)returnAddress;
  }

  [[nodiscard]] Task<void> joinAsync() noexcept;
  folly::SemiFuture<folly::Unit> cleanup() noexcept { return {}; }
  std::size_t remaining() const noexcept { return 0; }
};

class CancellableAsyncScope {
public:
  CancellableAsyncScope() noexcept = default;
  explicit CancellableAsyncScope(bool throwOnJoin) noexcept { (void)throwOnJoin; }

  template <typename Awaitable>
  void add(Awaitable &&awaitable, std::optional<CancellationToken> token = std::nullopt,
           void *returnAddress = nullptr) {
    (void)awaitable;
    (void)token;
    (void)returnAddress;
  }
  // Binds the current executor.
  Task<void> co_schedule(Task<void> &&task, std::optional<CancellationToken> token = std::nullopt);

  void requestCancellation() const noexcept {}
  bool isScopeCancellationRequested() const noexcept { return false; }
  [[nodiscard]] Task<void> cancelAndJoinAsync() noexcept;
  [[nodiscard]] Task<void> joinAsync() noexcept;
  folly::SemiFuture<folly::Unit> cleanup() noexcept { return {}; }
  std::size_t remaining() const noexcept { return 0; }
};

} // namespace folly::coro
