// Error: the one exception type the engine throws for conditions a person can act on.
// BadInput means the user's files or arguments are at fault (CLI exit status 2); Failure is
// everything else (exit status 1). The message is one sentence naming the file, line or field.
// Part of the api: the CLI and the GUI catch it; engine code includes util/Error.h, which forwards here.
#pragma once

#include <stdexcept>
#include <string>

namespace litetune {

enum class ErrorKind { BadInput, Failure, Cancelled };

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind) {}
    ErrorKind kind() const { return m_kind; }

private:
    ErrorKind m_kind;
};

[[noreturn]] inline void throwBadInput(const std::string& message) {
    throw Error(ErrorKind::BadInput, message);
}

[[noreturn]] inline void throwFailure(const std::string& message) {
    throw Error(ErrorKind::Failure, message);
}

} // namespace litetune
