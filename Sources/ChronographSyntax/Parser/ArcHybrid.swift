/// The arc-hybrid transition system with the root at the end of the buffer.
///
/// - SHIFT moves the buffer's front word onto the stack;
/// - LEFT(l) makes the buffer's front the head of the stack's top (relation l) and pops it;
/// - RIGHT(l) makes the second stack item the head of the top (relation l) and pops it.
///
/// The root takes exactly one dependent, with the relation `root`, through LEFT when the
/// stack holds one word and only the root is left in the buffer: every output is a single-rooted
/// projective tree. Actions are numbered 0 (SHIFT), 1 + l (LEFT l), 1 + L + l (RIGHT l).
struct ArcHybrid: Sendable {
    let labelCount: Int
    /// The index of the relation `root`.
    let rootLabel: Int

    var actionCount: Int { 1 + 2 * labelCount }

    enum Move { case shift, left, right }

    @inline(__always) func move(_ action: Int) -> Move {
        action == 0 ? .shift : action <= labelCount ? .left : .right
    }

    @inline(__always) func label(_ action: Int) -> Int {
        action <= labelCount ? action - 1 : action - 1 - labelCount
    }

    func left(_ l: Int) -> Int { 1 + l }
    func right(_ l: Int) -> Int { 1 + labelCount + l }

    func canShift(_ c: Configuration) -> Bool { c.buffer <= c.n }
    func canLeft(_ c: Configuration) -> Bool {
        !c.stack.isEmpty && (c.buffer <= c.n || c.stack.count == 1)
    }
    func canRight(_ c: Configuration) -> Bool { c.stack.count >= 2 }

    /// Whether an action may be taken: the move is possible, and `root` is the relation of the
    /// root's one dependent and of nothing else.
    @inline(__always) func isLegal(_ action: Int, _ c: Configuration) -> Bool {
        switch move(action) {
        case .shift: return canShift(c)
        case .left:
            guard canLeft(c) else { return false }
            return (c.buffer == c.root) == (label(action) == rootLabel)
        case .right:
            return canRight(c) && label(action) != rootLabel
        }
    }

    /// The legal actions of `c`, worked out once per step: every legal action is in `span`
    /// (actions outside it need no score), `only` is the one legal action when there is just one
    /// (an empty stack can only SHIFT; one word left with only the root in the buffer can only
    /// become the root's dependent), which is then taken without scoring, and `contains` says
    /// what ``isLegal(_:_:)`` says without reading the configuration again.
    struct LegalActions {
        let span: Range<Int>
        let only: Int?
        let shift: Bool
        let left: Bool
        let right: Bool
        let bufferIsRoot: Bool
        let system: ArcHybrid

        @inline(__always) func contains(_ action: Int) -> Bool {
            switch system.move(action) {
            case .shift: return shift
            case .left: return left && bufferIsRoot == (system.label(action) == system.rootLabel)
            case .right: return right && system.label(action) != system.rootLabel
            }
        }
    }

    @inline(__always) func legalActions(_ c: Configuration) -> LegalActions {
        let shift = canShift(c)
        let left = canLeft(c)
        let right = canRight(c)
        let rootLeft = self.left(rootLabel)
        let span: Range<Int>
        var only: Int? = nil
        if !left && !right {
            span = 0..<1
            only = 0
        } else if left && !shift && !right {
            span = rootLeft..<(rootLeft + 1)
            only = rootLeft
        } else {
            span = (shift ? 0 : left ? 1 : 1 + labelCount)..<(right ? actionCount : left ? 1 + labelCount : 1)
        }
        return LegalActions(span: span, only: only, shift: shift, left: left, right: right, bufferIsRoot: c.buffer == c.root, system: self)
    }

    func apply(_ action: Int, to c: Configuration) {
        switch move(action) {
        case .shift:
            c.stack.append(Int32(c.buffer))
            c.buffer += 1
        case .left:
            let s0 = Int(c.stack.removeLast())
            c.attach(s0, to: c.buffer, label: label(action))
        case .right:
            let s0 = Int(c.stack.removeLast())
            c.attach(s0, to: Int(c.stack[c.stack.count - 1]), label: label(action))
        }
    }
}
