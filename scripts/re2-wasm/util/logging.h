// The project's replacement for re2's util/logging.h in the WebAssembly build
// (scripts/build-re2 puts this folder first with -iquote). It keeps
// re2's macros but drops the messages: re2's logging is the only user of
// std::ostringstream in the module, and the iostreams it pulls in cost about
// 18 KiB gzip. A failed CHECK still aborts; newsmark asks re2 not to log
// pattern errors and reports them itself.
#ifndef UTIL_LOGGING_H_
#define UTIL_LOGGING_H_

#include <assert.h>
#include <stdlib.h>

#include "util/util.h"

#define DCHECK(condition) assert(condition)
#define DCHECK_EQ(val1, val2) assert((val1) == (val2))
#define DCHECK_NE(val1, val2) assert((val1) != (val2))
#define DCHECK_LE(val1, val2) assert((val1) <= (val2))
#define DCHECK_LT(val1, val2) assert((val1) < (val2))
#define DCHECK_GE(val1, val2) assert((val1) >= (val2))
#define DCHECK_GT(val1, val2) assert((val1) > (val2))

#define CHECK(x) if (x) {} else LogMessageFatal(__FILE__, __LINE__).stream() << "Check failed: " #x
#define CHECK_LT(x, y) CHECK((x) < (y))
#define CHECK_GT(x, y) CHECK((x) > (y))
#define CHECK_LE(x, y) CHECK((x) <= (y))
#define CHECK_GE(x, y) CHECK((x) >= (y))
#define CHECK_EQ(x, y) CHECK((x) == (y))
#define CHECK_NE(x, y) CHECK((x) != (y))

#define LOG_INFO LogMessage(__FILE__, __LINE__)
#define LOG_WARNING LogMessage(__FILE__, __LINE__)
#define LOG_ERROR LogMessage(__FILE__, __LINE__)
#define LOG_FATAL LogMessageFatal(__FILE__, __LINE__)
#define LOG_QFATAL LOG_FATAL
#ifdef NDEBUG
#define LOG_DFATAL LOG_ERROR
#else
#define LOG_DFATAL LOG_FATAL
#endif

#define LOG(severity) LOG_##severity.stream()
#define VLOG(x) if ((x) > 0) {} else LOG_INFO.stream()

// Accepts anything re2 streams into a message and keeps none of it.
class DiscardingStream {
 public:
  template <typename T>
  DiscardingStream& operator<<(const T&) { return *this; }
};

class LogMessage {
 public:
  LogMessage(const char*, int) {}
  DiscardingStream& stream() { return stream_; }

 private:
  DiscardingStream stream_;
  LogMessage(const LogMessage&) = delete;
  LogMessage& operator=(const LogMessage&) = delete;
};

class LogMessageFatal : public LogMessage {
 public:
  LogMessageFatal(const char* file, int line) : LogMessage(file, line) {}
  ATTRIBUTE_NORETURN ~LogMessageFatal() { abort(); }

 private:
  LogMessageFatal(const LogMessageFatal&) = delete;
  LogMessageFatal& operator=(const LogMessageFatal&) = delete;
};

#endif  // UTIL_LOGGING_H_
