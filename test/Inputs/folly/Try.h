// Mock of folly/Try.h + folly/Unit.h: folly::Unit, folly::Try<T>.
#pragma once

#include <exception>
#include <type_traits>

namespace folly {

struct Unit {
  constexpr bool operator==(const Unit &) const noexcept { return true; }
};
inline constexpr Unit unit{};

template <typename T> struct lift_unit { using type = T; };
template <> struct lift_unit<void> { using type = Unit; };
template <typename T> using lift_unit_t = typename lift_unit<T>::type;

template <typename T> class Try {
public:
  Try() noexcept = default;
  explicit Try(T value) : value_(static_cast<T &&>(value)) {}
  bool hasValue() const noexcept { return !ex_; }
  bool hasException() const noexcept { return static_cast<bool>(ex_); }
  T &value() & { return value_; }
  T &&value() && { return static_cast<T &&>(value_); }
  T &operator*() & { return value_; }
  std::exception_ptr exception() const noexcept { return ex_; }
  void throwUnlessValue() const {}

private:
  T value_{};
  std::exception_ptr ex_;
};

template <> class Try<void> {
public:
  bool hasValue() const noexcept { return !ex_; }
  bool hasException() const noexcept { return static_cast<bool>(ex_); }
  void value() const {}
  std::exception_ptr exception() const noexcept { return ex_; }
  void throwUnlessValue() const {}

private:
  std::exception_ptr ex_;
};

} // namespace folly
