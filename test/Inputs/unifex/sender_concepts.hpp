// Mock core of libunifex (facebookexperimental/libunifex v0.4.0+): the
// old-style sender traits (value_types/error_types/sends_done) and a generic
// sender _sndr<Tag, Values...>. unifex::unit stands for "no value".
#pragma once

#include <exception>
#include <optional>
#include <tuple>
#include <type_traits>
#include <variant>

namespace unifex {

struct unit {};

template <typename... Ts> struct type_list {};

template <typename Tag, typename... Vs> struct _sndr {
  template <template <typename...> class Variant, template <typename...> class Tuple>
  using value_types = Variant<Tuple<Vs...>>;
  template <template <typename...> class Variant> using error_types = Variant<std::exception_ptr>;
  static constexpr bool sends_done = true;
  using _values = std::tuple<Vs...>; // mock-only helper
};

template <typename S>
concept sender = requires { typename std::remove_cvref_t<S>::_values; };

template <typename S> using _values_t = typename std::remove_cvref_t<S>::_values;

namespace _detail {
template <typename Tag, typename Tuple> struct _sndr_for;
template <typename Tag, typename... Vs> struct _sndr_for<Tag, std::tuple<Vs...>> {
  using type = _sndr<Tag, Vs...>;
};
template <typename Tuple> struct _single;
template <> struct _single<std::tuple<>> { using type = void; };
template <typename V> struct _single<std::tuple<V>> { using type = V; };
template <typename V0, typename V1, typename... Vs> struct _single<std::tuple<V0, V1, Vs...>> {
  using type = std::tuple<V0, V1, Vs...>;
};
template <typename Tuple> struct _variant_of;
template <typename... Vs> struct _variant_of<std::tuple<Vs...>> {
  using type = std::variant<std::tuple<Vs...>>;
};
} // namespace _detail
template <typename Tag, typename Tuple> using _sndr_for_t = typename _detail::_sndr_for<Tag, Tuple>::type;
template <typename S> using _single_value_t = typename _detail::_single<_values_t<S>>::type;

struct _just_fn {
  template <typename... Ts> _sndr<_just_fn, std::decay_t<Ts>...> operator()(Ts &&...ts) const {
    ((void)ts, ...);
    return {};
  }
};
inline constexpr _just_fn just{};

struct _then_fn {
  template <sender S, typename F> auto operator()(S &&s, F f) const {
    (void)s;
    (void)f;
    using R = decltype(std::apply(f, std::declval<_values_t<S>>()));
    return _sndr_for_t<_then_fn, std::conditional_t<std::is_void_v<R>, std::tuple<>, std::tuple<R>>>{};
  }
};
inline constexpr _then_fn then{};

struct _let_error_fn {
  template <sender S, typename F> auto operator()(S &&s, F f) const {
    (void)s;
    (void)f;
    return _sndr_for_t<_let_error_fn, _values_t<S>>{};
  }
};
inline constexpr _let_error_fn let_error{};

struct _upon_error_fn {
  template <sender S, typename F> auto operator()(S &&s, F f) const {
    (void)s;
    (void)f;
    return _sndr_for_t<_upon_error_fn, _values_t<S>>{};
  }
};
inline constexpr _upon_error_fn upon_error{};

struct _materialize_fn {
  template <sender S> auto operator()(S &&s) const {
    (void)s;
    return _sndr_for_t<_materialize_fn, _values_t<S>>{};
  }
};
inline constexpr _materialize_fn materialize{};

struct _done_as_optional_fn {
  template <sender S> auto operator()(S &&s) const {
    (void)s;
    return _sndr<_done_as_optional_fn, std::optional<std::remove_cvref_t<_single_value_t<S>>>>{};
  }
};
inline constexpr _done_as_optional_fn done_as_optional{};

} // namespace unifex
