int broken( { return missing; }
