/// A small XML builder: every attribute value and text node escaped by ``Escaping``.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    private static func attrs(_ a: [(String, String)]) -> String {
        a.map { " \($0.0)=\"\(Escaping.xmlAttribute($0.1))\"" }.joined()
    }

    private mutating func pad() { text += String(repeating: "  ", count: depth) }

    mutating func open(_ name: String, _ a: [(String, String)] = []) {
        pad()
        text += "<\(name)\(XMLWriter.attrs(a))>\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        pad()
        text += "</\(name)>\n"
    }

    mutating func empty(_ name: String, _ a: [(String, String)] = []) {
        pad()
        text += "<\(name)\(XMLWriter.attrs(a))/>\n"
    }

    mutating func element(_ name: String, _ a: [(String, String)] = [], text body: String) {
        pad()
        text += "<\(name)\(XMLWriter.attrs(a))>\(Escaping.xml(body))</\(name)>\n"
    }

    mutating func raw(_ s: String) { text += s }
}
