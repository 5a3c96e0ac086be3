// Mock of coro/queue.hpp (libcoro v0.15+): an awaitable MPMC queue; pop() in a
// loop is a legitimate sequential await.
#pragma once

#include "coro/expected.hpp"
#include "coro/task.hpp"

namespace coro {

enum class queue_produce_result { produced, stopped };
enum class queue_consume_result { stopped };

template <typename element_type> class queue {
public:
  queue() = default;
  queue(const queue &) = delete;

  [[nodiscard]] auto push(const element_type &element) -> coro::task<queue_produce_result> {
    (void)element;
    co_return queue_produce_result::produced;
  }
  [[nodiscard]] auto push(element_type &&element) -> coro::task<queue_produce_result> {
    (void)element;
    co_return queue_produce_result::produced;
  }
  [[nodiscard]] auto pop() -> coro::task<coro::expected<element_type, queue_consume_result>> {
    co_return element_type{};
  }
  [[nodiscard]] auto shutdown() -> coro::task<void> { co_return; }
  auto size() const noexcept -> std::size_t { return 0; }
  auto empty() const noexcept -> bool { return true; }
};

} // namespace coro
