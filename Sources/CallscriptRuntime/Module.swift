// Module CallscriptRuntime: see Package.swift for its role.
