// Mock of seastar/net/inet_address.hh.
#pragma once

#include <optional>

namespace seastar::net {

class inet_address {
public:
  enum class family : int { INET = 2, INET6 = 10 };
  inet_address() noexcept = default;
};
using opt_family = std::optional<inet_address::family>;

} // namespace seastar::net
