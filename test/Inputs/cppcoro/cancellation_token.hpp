// Mock of cppcoro/cancellation_token.hpp / cancellation_source.hpp.
#pragma once

namespace cppcoro {
class cancellation_token {
public:
  cancellation_token() noexcept = default;
  bool is_cancellation_requested() const noexcept { return false; }
  void throw_if_cancellation_requested() const {}
};
class cancellation_source {
public:
  cancellation_token token() const noexcept { return {}; }
  void request_cancellation() {}
};
} // namespace cppcoro
