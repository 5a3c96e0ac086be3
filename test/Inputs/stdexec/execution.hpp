// Mock of <stdexec/execution.hpp> (NVIDIA/stdexec, 2026-08).
// Every sender is LAZY and not [[nodiscard]]. Algorithms are customization-
// point OBJECTS (`inline constexpr then_t then{};`), usable as
// `then(sndr, f)` or `sndr | then(f)`.
//   blocking:        sync_wait, sync_wait_with_variant, run_loop::run
//   all-or-nothing:  when_all, when_all_with_variant (first error/stop
//                    requests stop on siblings)
//   per-child error handling: let_error, upon_error, stopped_as_optional
//   owners:          simple_counting_scope / counting_scope + spawn,
//                    spawn_future(sndr, scope.get_token())
//   deprecated:      stdexec::start_detached / ensure_started / split
#pragma once

#include <exception>
#include <functional>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

#include "__detail/__counting_scopes.hpp"
#include "__detail/__deprecations.hpp"
#include "__detail/__sender.hpp"

namespace stdexec {

namespace __detail {
template <class F, class Tuple> struct __invoke_values;
template <class F, class... Vs> struct __invoke_values<F, std::tuple<Vs...>> {
  using __result = std::invoke_result_t<F, Vs...>;
  using type = std::conditional_t<std::is_void_v<__result>, std::tuple<>, std::tuple<__result>>;
};
template <class F, class... Vs> struct __invoke_values_ref;
template <class F, class... Vs> struct __invoke_values_ref<F, std::tuple<Vs...>> {
  using type = std::invoke_result_t<F, Vs &...>;
};
template <class Tuple> struct __variant_of;
template <class... Vs> struct __variant_of<std::tuple<Vs...>> {
  using type = std::variant<std::tuple<Vs...>>;
};
} // namespace __detail

struct just_t {
  template <class... Ts> __sndr<just_t, std::decay_t<Ts>...> operator()(Ts &&...ts) const {
    ((void)ts, ...);
    return {};
  }
};
inline constexpr just_t just{};

struct schedule_t {
  template <scheduler Sch> auto operator()(Sch &&sch) const { return static_cast<Sch &&>(sch).schedule(); }
};
inline constexpr schedule_t schedule{};

struct then_t {
  template <sender S, class F> auto operator()(S &&s, F f) const {
    (void)s;
    return __sndr_for_t<then_t, typename __detail::__invoke_values<F, __value_tuple_t<S>>::type>{};
  }
  template <class F> __closure<then_t, F> operator()(F f) const { return {{std::move(f)}}; }
};
inline constexpr then_t then{};

struct upon_error_t {
  template <sender S, class F> auto operator()(S &&s, F f) const {
    (void)s;
    (void)f;
    return __sndr_for_t<upon_error_t, __value_tuple_t<S>>{};
  }
  template <class F> __closure<upon_error_t, F> operator()(F f) const { return {{std::move(f)}}; }
};
inline constexpr upon_error_t upon_error{};

struct let_value_t {
  template <sender S, class F> auto operator()(S &&s, F f) const {
    (void)s;
    using __next = typename __detail::__invoke_values_ref<F, __value_tuple_t<S>>::type;
    return __sndr_for_t<let_value_t, __value_tuple_t<__next>>{};
  }
  template <class F> __closure<let_value_t, F> operator()(F f) const { return {{std::move(f)}}; }
};
inline constexpr let_value_t let_value{};

struct let_error_t {
  template <sender S, class F> auto operator()(S &&s, F f) const {
    (void)s;
    (void)f;
    return __sndr_for_t<let_error_t, __value_tuple_t<S>>{};
  }
  template <class F> __closure<let_error_t, F> operator()(F f) const { return {{std::move(f)}}; }
};
inline constexpr let_error_t let_error{};

struct stopped_as_optional_t {
  template <sender S> auto operator()(S &&s) const {
    (void)s;
    return __sndr<stopped_as_optional_t, std::optional<std::remove_cvref_t<__single_value_t<S>>>>{};
  }
  __closure<stopped_as_optional_t> operator()() const { return {}; }
};
inline constexpr stopped_as_optional_t stopped_as_optional{};

struct into_variant_t {
  template <sender S> auto operator()(S &&s) const {
    (void)s;
    return __sndr<into_variant_t, typename __detail::__variant_of<__value_tuple_t<S>>::type>{};
  }
  __closure<into_variant_t> operator()() const { return {}; }
};
inline constexpr into_variant_t into_variant{};

struct continues_on_t {
  template <sender S, scheduler Sch> auto operator()(S &&s, Sch sch) const {
    (void)s;
    (void)sch;
    return __sndr_for_t<continues_on_t, __value_tuple_t<S>>{};
  }
  template <scheduler Sch> __closure<continues_on_t, Sch> operator()(Sch sch) const { return {{std::move(sch)}}; }
};
inline constexpr continues_on_t continues_on{};

struct starts_on_t {
  template <scheduler Sch, sender S> auto operator()(Sch sch, S &&s) const {
    (void)s;
    (void)sch;
    return __sndr_for_t<starts_on_t, __value_tuple_t<S>>{};
  }
};
inline constexpr starts_on_t starts_on{};

struct when_all_t {
  template <sender... Ss> auto operator()(Ss &&...ss) const {
    ((void)ss, ...);
    using __values = decltype(std::tuple_cat(std::declval<__value_tuple_t<Ss>>()...));
    return __sndr_for_t<when_all_t, __values>{};
  }
};
inline constexpr when_all_t when_all{};

struct when_all_with_variant_t {
  template <sender... Ss> auto operator()(Ss &&...ss) const {
    ((void)ss, ...);
    return __sndr<when_all_with_variant_t, typename __detail::__variant_of<__value_tuple_t<Ss>>::type...>{};
  }
};
inline constexpr when_all_with_variant_t when_all_with_variant{};

struct sync_wait_t {
  template <sender S> auto operator()(S &&s) const -> std::optional<__value_tuple_t<S>> {
    (void)s;
    return std::nullopt;
  }
};
inline constexpr sync_wait_t sync_wait{};

struct sync_wait_with_variant_t {
  template <sender S>
  auto operator()(S &&s) const -> std::optional<typename __detail::__variant_of<__value_tuple_t<S>>::type> {
    (void)s;
    return std::nullopt;
  }
};
inline constexpr sync_wait_with_variant_t sync_wait_with_variant{};

// spawn: the spawned sender may not complete with an error.
struct spawn_t {
  template <sender S, class Token> void operator()(S &&s, Token token) const {
    (void)s;
    (void)token;
  }
};
inline constexpr spawn_t spawn{};

// spawn_future: dropping the returned sender requests stop on the work.
struct spawn_future_t {
  template <sender S, class Token> auto operator()(S &&s, Token token) const {
    (void)s;
    (void)token;
    return __sndr_for_t<spawn_future_t, __value_tuple_t<S>>{};
  }
};
inline constexpr spawn_future_t spawn_future{};

class run_loop {
public:
  class __scheduler {
  public:
    using scheduler_concept = scheduler_t;
    __sndr<schedule_t> schedule() const noexcept { return {}; }
    bool operator==(const __scheduler &) const noexcept = default;
  };

  run_loop() noexcept = default;
  run_loop(run_loop &&) = delete;
  __scheduler get_scheduler() noexcept { return {}; }
  void run() {} // blocking
  void finish() {}
};

} // namespace stdexec
