// Mock core of stdexec (NVIDIA/stdexec, 2026-08): sender shape, completion
// signatures, a generic sender __sndr<Tag, Values...>, pipe closures and
// as_awaitable. Every mock sender has `using sender_concept = stdexec::sender_t;`
// and a `completion_signatures` alias whose FIRST entry is set_value_t(Vs...).
#pragma once

#include <concepts>
#include <coroutine>
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>

namespace stdexec {

struct sender_t {};
struct receiver_t {};
struct operation_state_t {};
struct scheduler_t {};

struct set_value_t {};
struct set_error_t {};
struct set_stopped_t {};

template <class... Sigs> struct completion_signatures {};

template <class S>
concept sender = requires { typename std::remove_cvref_t<S>::sender_concept; } &&
                 std::derived_from<typename std::remove_cvref_t<S>::sender_concept, sender_t>;

template <class Sch>
concept scheduler = requires(Sch &&sch) {
  { static_cast<Sch &&>(sch).schedule() } -> sender;
};

namespace __detail {
template <class Sigs> struct __values_of;
template <class... Vs, class... Rest>
struct __values_of<completion_signatures<set_value_t(Vs...), Rest...>> {
  using __tuple = std::tuple<Vs...>;
};

template <class Tuple> struct __single;
template <> struct __single<std::tuple<>> { using type = void; };
template <class V> struct __single<std::tuple<V>> { using type = V; };
template <class V0, class V1, class... Vs> struct __single<std::tuple<V0, V1, Vs...>> {
  using type = std::tuple<V0, V1, Vs...>;
};

// set_value_t(T) for a T that may be void.
template <class T> struct __value_sig { using type = set_value_t(T); };
template <> struct __value_sig<void> { using type = set_value_t(); };
} // namespace __detail

template <class S>
using __value_tuple_t =
    typename __detail::__values_of<typename std::remove_cvref_t<S>::completion_signatures>::__tuple;
// void / V / std::tuple<Vs...>: what co_await of the sender yields.
template <class S> using __single_value_t = typename __detail::__single<__value_tuple_t<S>>::type;

template <class Receiver> struct __op {
  using operation_state_concept = operation_state_t;
  void start() & noexcept {}
};

// The generic mock sender: Tag names the algorithm that produced it.
template <class Tag, class... Vs> struct __sndr {
  using sender_concept = sender_t;
  using completion_signatures = stdexec::completion_signatures<set_value_t(Vs...), set_error_t(std::exception_ptr),
                                                               set_stopped_t()>;
  template <class Receiver> __op<Receiver> connect(Receiver r) && {
    (void)r;
    return {};
  }
};

namespace __detail {
template <class Tag, class Tuple> struct __sndr_for;
template <class Tag, class... Vs> struct __sndr_for<Tag, std::tuple<Vs...>> {
  using type = __sndr<Tag, Vs...>;
};
} // namespace __detail
template <class Tag, class Tuple> using __sndr_for_t = typename __detail::__sndr_for<Tag, Tuple>::type;

// `sndr | adaptor(args...)`
template <class Tag, class... Args> struct __closure {
  std::tuple<Args...> __args;
  template <sender S> friend auto operator|(S &&s, __closure c) {
    return std::apply([&](Args &...a) { return Tag{}(static_cast<S &&>(s), std::move(a)...); }, c.__args);
  }
};

// as_awaitable(x, promise): awaitables pass through, senders are wrapped.
template <class S> struct __sender_awaitable {
  S __sndr;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  __single_value_t<S> await_resume() { std::terminate(); }
};

template <class T>
concept __awaitable = requires(T &&t) { static_cast<T &&>(t).operator co_await(); } ||
                      requires(T &&t) { operator co_await(static_cast<T &&>(t)); } ||
                      requires(T &&t) { t.await_ready(); t.await_resume(); };

struct as_awaitable_t {
  template <class T, class Promise> decltype(auto) operator()(T &&t, Promise &promise) const {
    (void)promise;
    if constexpr (__awaitable<T>)
      return static_cast<T &&>(t);
    else if constexpr (sender<T>)
      return __sender_awaitable<std::remove_cvref_t<T>>{static_cast<T &&>(t)};
    else
      return static_cast<T &&>(t);
  }
};
inline constexpr as_awaitable_t as_awaitable{};

} // namespace stdexec
