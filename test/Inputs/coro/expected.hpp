// Mock of coro/expected.hpp (libcoro wraps tl::expected / std::expected).
#pragma once

#include <exception>

namespace coro {

template <typename error_type> class unexpected {
public:
  explicit unexpected(error_type e) : m_error(e) {}
  error_type error() const { return m_error; }

private:
  error_type m_error;
};

template <typename value_type, typename error_type> class expected {
public:
  expected() = default;
  expected(value_type v) : m_value(static_cast<value_type &&>(v)) {}
  expected(unexpected<error_type> u) : m_error(u.error()), m_has_value(false) {}
  bool has_value() const noexcept { return m_has_value; }
  explicit operator bool() const noexcept { return m_has_value; }
  value_type &value() { return m_value; }
  value_type &operator*() { return m_value; }
  error_type error() const { return m_error; }

private:
  value_type m_value{};
  error_type m_error{};
  bool m_has_value = true;
};

template <typename error_type> class expected<void, error_type> {
public:
  bool has_value() const noexcept { return true; }
  explicit operator bool() const noexcept { return true; }
  void value() const {}
  error_type error() const { return error_type{}; }
};

} // namespace coro
