// The report tests' markup checks (see HtmlChecks.h).
#include "HtmlChecks.h"

#include <cctype>
#include <set>

namespace litetune::test {

namespace {

bool validEntityAt(const std::string& s, std::size_t i) {
    static const std::set<std::string> kNamed = {"amp", "lt", "gt", "quot", "apos", "nbsp"};
    const std::size_t end = s.find(';', i);
    if (end == std::string::npos || end - i > 10)
        return false;
    const std::string body = s.substr(i + 1, end - i - 1);
    if (body.size() > 1 && body[0] == '#') {
        for (std::size_t k = 1; k < body.size(); ++k)
            if (!std::isdigit(static_cast<unsigned char>(body[k])) && !(k == 1 && (body[k] == 'x')) &&
                !std::isxdigit(static_cast<unsigned char>(body[k])))
                return false;
        return true;
    }
    return kNamed.count(body) > 0;
}

std::string where(const std::string& s, std::size_t i) {
    const std::size_t from = i > 40 ? i - 40 : 0;
    return " at offset " + std::to_string(i) + ": \"" + s.substr(from, 80) + "\"";
}

} // namespace

std::string markupProblem(const std::string& s) {
    static const std::set<std::string> kVoid = {"meta", "br", "img", "hr", "link", "input", "col", "wbr"};
    std::vector<std::string> open;
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '&') {
            if (!validEntityAt(s, i))
                return "bare '&'" + where(s, i);
            ++i;
            continue;
        }
        if (c != '<') {
            if (c == '>')
                return "bare '>' in text" + where(s, i);
            ++i;
            continue;
        }
        if (s.compare(i, 4, "<!--") == 0) {
            const std::size_t end = s.find("-->", i);
            if (end == std::string::npos)
                return "unterminated comment" + where(s, i);
            i = end + 3;
            continue;
        }
        if (s.compare(i, 2, "<!") == 0 || s.compare(i, 2, "<?") == 0) {
            i = s.find('>', i) + 1;
            continue;
        }
        const bool closing = i + 1 < s.size() && s[i + 1] == '/';
        std::size_t j = i + (closing ? 2 : 1);
        std::string name;
        while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-' || s[j] == ':'))
            name += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j++])));
        if (name.empty())
            return "'<' that starts no tag" + where(s, i);
        // Attributes: quoted values may hold '>' but never a raw '<' or a bare '&'.
        char quote = 0;
        for (; j < s.size(); ++j) {
            if (quote) {
                if (s[j] == quote)
                    quote = 0;
                else if (s[j] == '<')
                    return "raw '<' in an attribute value" + where(s, j);
                else if (s[j] == '&' && !validEntityAt(s, j))
                    return "bare '&' in an attribute value" + where(s, j);
            } else if (s[j] == '"' || s[j] == '\'') {
                quote = s[j];
            } else if (s[j] == '>') {
                break;
            }
        }
        if (j >= s.size())
            return "unterminated tag <" + name + where(s, i);
        const bool selfClosing = s[j - 1] == '/';
        i = j + 1;
        if (closing) {
            if (open.empty() || open.back() != name)
                return "</" + name + "> closes " + (open.empty() ? std::string("nothing") : "<" + open.back() + ">") +
                       where(s, i - 1);
            open.pop_back();
        } else if (!selfClosing && !kVoid.count(name)) {
            if (name == "style" || name == "script") {
                const std::size_t end = s.find("</" + name + ">", i);
                if (end == std::string::npos)
                    return "unterminated <" + name + ">";
                i = end + name.size() + 3;
                continue;
            }
            open.push_back(name);
        }
    }
    if (!open.empty())
        return "<" + open.back() + "> is never closed";
    return {};
}

std::vector<std::string> referencedFiles(const std::string& s) {
    std::vector<std::string> out;
    for (const std::string attribute : {" src=\"", " href=\""}) {
        for (std::size_t i = s.find(attribute); i != std::string::npos; i = s.find(attribute, i + 1)) {
            const std::size_t begin = i + attribute.size();
            const std::size_t end = s.find('"', begin);
            std::string value = s.substr(begin, end - begin);
            std::string decoded;
            for (std::size_t k = 0; k < value.size(); ++k) {
                if (value.compare(k, 5, "&amp;") == 0) {
                    decoded += '&';
                    k += 4;
                } else if (value[k] == '%' && k + 2 < value.size()) {
                    decoded += static_cast<char>(std::stoi(value.substr(k + 1, 2), nullptr, 16));
                    k += 2;
                } else {
                    decoded += value[k];
                }
            }
            out.push_back(decoded);
        }
    }
    return out;
}

std::string elementWith(const std::string& s, const std::string& tag, const std::string& attributeText) {
    const std::string start = "<" + tag;
    for (std::size_t i = s.find(start); i != std::string::npos; i = s.find(start, i + 1)) {
        const char next = i + start.size() < s.size() ? s[i + start.size()] : '\0';
        if (next != ' ' && next != '>')
            continue;
        const std::size_t openEnd = s.find('>', i);
        if (s.substr(i, openEnd - i).find(attributeText) == std::string::npos)
            continue;
        const std::string close = "</" + tag + ">";
        const std::size_t end = s.find(close, openEnd);
        return end == std::string::npos ? std::string() : s.substr(i, end + close.size() - i);
    }
    return {};
}

} // namespace litetune::test
