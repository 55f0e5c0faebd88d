@_exported import ChronographCore
