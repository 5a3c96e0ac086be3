// Mock of Boost.Cobalt: gather.
#ifndef MOCK_BOOST_COBALT_GATHER_HPP
#define MOCK_BOOST_COBALT_GATHER_HPP

#include <boost/cobalt/task.hpp>
#include <tuple>

namespace boost::cobalt {
template <typename... T> task<std::tuple<T...>> gather(task<T>...);
} // namespace boost::cobalt

#endif
