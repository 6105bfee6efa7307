// HtmlChecks: a tiny, strict well-formedness checker for the markup the report emits (HTML with
// inline SVG, or standalone SVG) and a scanner for the files it references. Not an HTML parser:
// it knows the report's void elements, skips <style> bodies, and demands that every tag closes in
// order, every '&' starts an entity and no raw '<' sits in text or attribute values.
#pragma once

#include <string>
#include <vector>

namespace litetune::test {

// "" when balanced and well escaped, else what went wrong and where.
std::string markupProblem(const std::string& markup);

// The values of src="..." and href="..." attributes, entity- and percent-decoded.
std::vector<std::string> referencedFiles(const std::string& markup);

// The first element `tag` whose opening tag contains `attributeText`, from its '<' to the end of its
// closing tag (elements of that name must not nest); "" when there is none.
std::string elementWith(const std::string& markup, const std::string& tag, const std::string& attributeText);

} // namespace litetune::test
