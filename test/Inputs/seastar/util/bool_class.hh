// Mock of seastar/util/bool_class.hh.
#pragma once

namespace seastar {
template <typename Tag> class bool_class {
public:
  static const bool_class yes;
  static const bool_class no;
  constexpr bool_class() noexcept = default;
  constexpr explicit bool_class(bool v) noexcept : _value(v) {}
  explicit operator bool() const noexcept { return _value; }
  friend bool operator==(bool_class a, bool_class b) noexcept { return a._value == b._value; }

private:
  bool _value = false;
};
template <typename Tag> const bool_class<Tag> bool_class<Tag>::yes{true};
template <typename Tag> const bool_class<Tag> bool_class<Tag>::no{false};
} // namespace seastar
