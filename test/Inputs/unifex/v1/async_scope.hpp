// Mock of unifex/v1/async_scope.hpp. spawn*() return a future (owned by the
// scope); detached_spawn*() drop the result and std::terminate on error;
// attach*(), complete() and cleanup() are [[nodiscard]] senders. Join with
// `co_await scope.complete()` / `co_await scope.cleanup()`.
#pragma once

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace v2 {
template <typename Scope, typename... Ts> class [[nodiscard]] future {
public:
  template <template <typename...> class Variant, template <typename...> class Tuple>
  using value_types = Variant<Tuple<Ts...>>;
  template <template <typename...> class Variant> using error_types = Variant<std::exception_ptr>;
  static constexpr bool sends_done = true;
  using _values = std::tuple<Ts...>; // mock-only
};
} // namespace v2

namespace v1 {
namespace _async_scope {
struct _attach_t {};
struct _complete_t {};

template <typename Scope, typename Tuple> struct _future_for;
template <typename Scope, typename... Ts> struct _future_for<Scope, std::tuple<Ts...>> {
  using type = v2::future<Scope, Ts...>;
};

struct async_scope {
  async_scope() noexcept = default;
  ~async_scope() {}

  template <typename Sender> auto spawn(Sender &&sender) {
    (void)sender;
    return typename _future_for<async_scope, _values_t<Sender>>::type{};
  }
  template <typename Sender, typename Scheduler> auto spawn_on(Scheduler &&scheduler, Sender &&sender) {
    (void)scheduler;
    return spawn(static_cast<Sender &&>(sender));
  }
  template <typename Scheduler, typename Fun> auto spawn_call_on(Scheduler &&scheduler, Fun &&fun) {
    (void)scheduler;
    (void)fun;
    return v2::future<async_scope>{};
  }

  template <typename Sender> void detached_spawn(Sender &&sender) { (void)sender; }
  template <typename Sender, typename Scheduler> void detached_spawn_on(Scheduler &&scheduler, Sender &&sender) {
    (void)scheduler;
    (void)sender;
  }
  template <typename Scheduler, typename Fun> void detached_spawn_call_on(Scheduler &&scheduler, Fun &&fun) {
    (void)scheduler;
    (void)fun;
  }

  template <typename Sender> [[nodiscard]] auto attach(Sender &&sender) noexcept {
    (void)sender;
    return _sndr_for_t<_attach_t, _values_t<Sender>>{};
  }
  [[nodiscard]] _sndr<_complete_t> complete() noexcept { return {}; }
  [[nodiscard]] _sndr<_complete_t> cleanup() noexcept { return {}; }
  void request_stop() noexcept {}
};
} // namespace _async_scope

using _async_scope::async_scope;
template <typename... Ts> using future = unifex::v2::future<unifex::v1::async_scope, Ts...>;
} // namespace v1
} // namespace unifex
