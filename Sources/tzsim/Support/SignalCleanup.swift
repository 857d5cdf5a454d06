import Dispatch
import Foundation
import Studies

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes the staging folders of this process when it is interrupted
/// (SIGINT, SIGTERM), then exits with 128 + the signal's number.
final class SignalCleanup: @unchecked Sendable {
  static let shared = SignalCleanup()
  private let lock = NSLock()
  private var folders: [URL] = []
  private var sources: [any DispatchSourceSignal] = []

  private init() {
    for sig in [SIGINT, SIGTERM] {
      signal(sig, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      source.setEventHandler { [unowned self] in
        self.lock.lock()
        let pending = self.folders
        self.lock.unlock()
        for f in pending { StudyFolder.removeIfStaging(f) }
        FileHandle.standardError.write(Data("tzsim: interrupted; nothing was written\n".utf8))
        exit(128 + sig)
      }
      source.resume()
      sources.append(source)
    }
  }

  func register(_ folder: URL) {
    lock.lock()
    folders.append(folder)
    lock.unlock()
  }

  func unregister(_ folder: URL) {
    lock.lock()
    folders.removeAll { $0 == folder }
    lock.unlock()
  }
}
