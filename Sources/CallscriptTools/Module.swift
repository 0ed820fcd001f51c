// Module CallscriptTools: see Package.swift for its role.
